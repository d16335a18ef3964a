import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { startCarlo } from '../src/app/bootstrap.js';
import { loadConfig } from '../src/platform/config/config.js';
import { AdminRole } from '../src/platform/staff/admin-role.js';
import { createAdminUser } from '../src/platform/staff/admin-user.service.js';
import { createScratchDatabase } from '../../test/support/test-database.js';

/**
 * Console benchmarks on PostgreSQL (DATABASE_URL, a scratch database is created and dropped):
 * 1. the customers page (GraphQL, 25 rows with plan and key counts) at BENCH_CUSTOMERS customers
 *    and BENCH_USAGE_EVENTS usage events: p50/p95 per variant (goal p95 <= 100 ms);
 * 2. GET /reports/revenue.csv over BENCH_INVOICE_LINES invoice lines: rows/s and peak RSS
 *    (goal <= 150 MB).
 * Run: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres node --expose-gc --import tsx server/bench/console.bench.ts
 * (through node_modules/.bin/node, Node 24: `npx node --expose-gc --import tsx …`).
 */
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const USAGE_EVENTS = Number(process.env.BENCH_USAGE_EVENTS ?? 10_000_000);
const INVOICE_LINES = Number(process.env.BENCH_INVOICE_LINES ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);
const LINES_PER_INVOICE = 4;
const CHUNK = 1_000_000;

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error('Set DATABASE_URL to a PostgreSQL server: the goals are for PostgreSQL.');

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const log = (message: string) => console.log(`[console bench] ${message}`);

const scratch = await createScratchDatabase(serverUrl);
const carlo = await startCarlo(
  loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: scratch.url,
    DATABASE_POOL_MAX: '8',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    RUN_WORKER: 'false',
  }),
);
try {
  const sql = (text: string, params: unknown[] = []) => carlo.services.orm.em.fork().getConnection().execute(text, params);

  let started = process.hrtime.bigint();
  await sql(
    `insert into customer (id, created_at, updated_at, company, email, status, overrides)
    select gen_random_uuid(), now() - g * interval '1 minute', now(),
           case when g % 1000 = 0 then '=cmd|'' /C calc''!A0 ' || g else 'Company ' || g end,
           'c' || g || '@bench.test', case when g % 50 = 0 then 'suspended' else 'active' end, '{}'::jsonb
      from generate_series(1, ?) g`,
    [CUSTOMERS],
  );
  await sql(`insert into subscription (id, created_at, updated_at, customer_id, plan_id, status, current_period_start, current_period_end, cancel_at_period_end)
    select gen_random_uuid(), c.created_at, now(), c.id, p.id, 'active', now(), now() + interval '1 month', false
      from customer c join plan p on p.code = (array['free','starter','pro','team'])[1 + abs(hashtext(c.email)) % 4]`);
  await sql(`insert into api_key (id, created_at, updated_at, customer_id, name, mode, display_prefix, last4, secret_hash, scopes, status, created_by)
    select gen_random_uuid(), c.created_at, now(), c.id, 'bench', 'live', 'mc_live_bnch', 'abcd', md5(c.id::text) || md5(c.email), '[]'::jsonb,
           case when abs(hashtext(c.email)) % 5 = 0 then 'revoked' else 'active' end, 'system'
      from customer c`);
  log(`seeded ${CUSTOMERS} customers, subscriptions and keys in ${seconds(started).toFixed(1)} s`);

  started = process.hrtime.bigint();
  for (let from = 1; from <= USAGE_EVENTS; from += CHUNK) {
    const to = Math.min(USAGE_EVENTS, from + CHUNK - 1);
    await sql(
      `with c as (select array_agg(id order by id) as ids from customer)
      insert into usage_event (request_id, customer_id, api_key_id, period_start, operation_name, requested_credits, actual_credits, charged_credits, overage_credits, status, latency_ms, occurred_at, stripe_report_state)
      select 'bench-' || g, c.ids[1 + g % ?], c.ids[1 + g % ?], date_trunc('month', now()),
             (array['runSimulation','startSimulation','quote','simulation','usage'])[1 + g % 5], 1 + g % 7, 1 + g % 7, 1 + g % 7, case when g % 20 = 0 then 1 else 0 end,
             case when g % 97 = 0 then 'failed' else 'ok' end, 5 + g % 180, now() - (g % 7776000) * interval '1 second', 'not_billable'
        from c, generate_series(?::bigint, ?::bigint) g`,
      [CUSTOMERS, CUSTOMERS, from, to],
    );
  }
  await sql('analyze');
  log(`seeded ${USAGE_EVENTS} usage events in ${seconds(started).toFixed(1)} s`);

  started = process.hrtime.bigint();
  const invoices = Math.ceil(INVOICE_LINES / LINES_PER_INVOICE);
  await sql(
    `with c as (select array_agg(id order by id) as ids from customer)
    insert into invoice (id, created_at, updated_at, stripe_invoice_id, customer_id, number, status, currency, subtotal_cents, total_cents, amount_paid_cents, amount_due_cents, period_start, period_end, issued_at, lines)
    select gen_random_uuid(), now(), now(), 'in_bench_' || g, c.ids[1 + g % ?], 'B-' || g, 'paid', 'usd', 2900 + 9900 + 1234 + 4999, 2900 + 9900 + 1234 + 4999, 0, 0,
           now(), now(), now() - (g % 700) * interval '1 hour',
           jsonb_build_array(
             jsonb_build_object('id', 'il_' || g || '_1', 'description', 'Starter, monthly', 'amountCents', 2900, 'quantity', 1, 'priceId', null, 'lookupKey', 'carlo_starter_base', 'proration', false, 'periodStart', '2026-01-01', 'periodEnd', '2026-02-01'),
             jsonb_build_object('id', 'il_' || g || '_2', 'description', 'Pro, "monthly"', 'amountCents', 9900, 'quantity', 1, 'priceId', null, 'lookupKey', 'carlo_pro_base', 'proration', false, 'periodStart', '2026-01-01', 'periodEnd', '2026-02-01'),
             jsonb_build_object('id', 'il_' || g || '_3', 'description', 'Overage, credits', 'amountCents', 1234, 'quantity', 1234, 'priceId', null, 'lookupKey', 'carlo_pro_overage', 'proration', false, 'periodStart', '2026-01-01', 'periodEnd', '2026-02-01'),
             jsonb_build_object('id', 'il_' || g || '_4', 'description', 'Credit pack', 'amountCents', 4999, 'quantity', 1, 'priceId', null, 'lookupKey', 'carlo_pack_10k', 'proration', false, 'periodStart', '2026-01-01', 'periodEnd', '2026-02-01'))
      from c, generate_series(1, ?) g`,
    [CUSTOMERS, invoices],
  );
  await sql('analyze');
  log(`seeded ${invoices} invoices (${invoices * LINES_PER_INVOICE} lines) in ${seconds(started).toFixed(1)} s`);

  const em = carlo.services.orm.em.fork();
  const password = `pw-${randomUUID()}`;
  await createAdminUser(em, { email: 'bench@carlo.local', name: 'bench', role: AdminRole.SUPER_ADMIN, password });
  await em.flush();
  const login = await fetch(`${carlo.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($e: String!, $p: String!) { adminLogin(email: $e, password: $p) { expiresAt } }',
      variables: { e: 'bench@carlo.local', p: password },
    }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];

  const page = `query ($page: Int!, $search: String, $status: CustomerStatus, $sortField: CustomerSortField!, $sortOrder: SortOrder!) {
    customers(page: $page, perPage: 25, search: $search, status: $status, sortField: $sortField, sortOrder: $sortOrder) {
      totalCount items { id company email status createdAt currentSubscription { planCode status priceCents } keyCounts { total active } } } }`;
  const variants: [string, Record<string, unknown>][] = [
    ['newest first (default)', { page: 1, sortField: 'CREATED_AT', sortOrder: 'DESC' }],
    ['by company', { page: 1, sortField: 'COMPANY', sortOrder: 'ASC' }],
    ['search', { page: 1, search: 'Company 4242', sortField: 'CREATED_AT', sortOrder: 'DESC' }],
    ['suspended only', { page: 1, status: 'SUSPENDED', sortField: 'CREATED_AT', sortOrder: 'DESC' }],
    ['page 2,000', { page: 2000, sortField: 'CREATED_AT', sortOrder: 'DESC' }],
  ];
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${carlo.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query, variables }),
    });
    const json = (await response.json()) as { errors?: unknown[] };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
  };
  for (const [name, variables] of variants) {
    for (let i = 0; i < 10; i += 1) await gql(page, variables);
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i += 1) {
      const start = process.hrtime.bigint();
      await gql(page, variables);
      times.push(seconds(start) * 1000);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
    log(`customers page, ${name}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms (${REQUESTS} requests)`);
  }
  const explorer =
    '{ adminUsage(days: 30) { byDay { day calls p95LatencyMs } byOperation { operationName } topCustomers { customerId } } }';
  // Before the first rollup every day comes from the events; the rollup of the 90 seeded days is what a
  // deployment does once, and afterwards the explorer reads closed days from the rollups.
  const timed = async (name: string, query: string) => {
    const start = process.hrtime.bigint();
    await gql(query, {});
    log(`${name}: ${(seconds(start) * 1000).toFixed(0)} ms`);
  };
  await timed('dashboard', '{ adminDashboard { customersByStatus { key count } activeCustomersByPlan { key count } } }');
  await timed('usage explorer 30 days, from the events', explorer);
  started = process.hrtime.bigint();
  const days = await carlo.services.monetization.rollup.rollUp();
  log(`rollup of ${days} closed days: ${seconds(started).toFixed(1)} s`);
  for (let i = 1; i <= 3; i += 1) {
    await timed(`usage explorer 30 days, from the rollups (${i})`, explorer);
  }

  if (global.gc) global.gc();
  const baseline = process.memoryUsage();
  let peak = baseline.rss;
  let peakHeap = baseline.heapUsed;
  let peakLive = baseline.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peak = Math.max(peak, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 20);
  // With --expose-gc, a collection each second measures the live heap, not garbage awaiting collection.
  const live = setInterval(() => {
    if (!global.gc) return;
    global.gc();
    peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
  }, 1000);
  started = process.hrtime.bigint();
  const from = new Date(Date.now() - 40 * 86_400_000).toISOString().slice(0, 7);
  const to = new Date().toISOString().slice(0, 7);
  const csv = await fetch(`${carlo.url}/reports/revenue.csv?from=${from}&to=${to}`, { headers: { cookie } });
  if (!csv.body) throw new Error(`no CSV body: ${csv.status}`);
  let rows = -1;
  let bytes = 0;
  for await (const chunk of csv.body) {
    bytes += chunk.byteLength;
    const buffer = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let at = buffer.indexOf(10); at !== -1; at = buffer.indexOf(10, at + 1)) rows += 1;
  }
  clearInterval(sampler);
  clearInterval(live);
  const elapsed = seconds(started);
  log(
    `revenue.csv: ${rows} lines, ${(bytes / 1e6).toFixed(1)} MB in ${elapsed.toFixed(1)} s = ${Math.round(rows / elapsed)} rows/s; RSS ${(baseline.rss / 1e6).toFixed(0)} MB before, peak ${(peak / 1e6).toFixed(0)} MB; heap ${(baseline.heapUsed / 1e6).toFixed(0)} MB before, peak ${(peakHeap / 1e6).toFixed(0)} MB, live after GC peak ${global.gc ? `${(peakLive / 1e6).toFixed(0)} MB` : 'n/a (run with --expose-gc)'} (server and client in this process)`,
  );
} finally {
  await carlo.close();
  await scratch.drop();
}
