import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pino from 'pino';
import Stripe from 'stripe';
import { createScratchDatabase } from '../../test/support/test-database.js';
import { startCarlo } from '../src/app/bootstrap.js';
import { loadConfig } from '../src/platform/config/config.js';
import { ormConfig } from '../src/app/db/orm-config.js';
import { MeterOutbox } from '../src/billing/stripe/meter-outbox.js';
import { StripeGateway } from '../src/billing/stripe/stripe-gateway.js';
import { startStripeEmulator } from '../src/stripe-emulator/index.js';

/**
 * npm run bench:webhooks -w server (DATABASE_URL=postgresql://…): two measurements on a scratch
 * database of that server.
 *
 * 1. POST /webhooks/stripe acknowledged per second and latency percentiles: the app runs in a
 *    child process (the in-process event worker applies events meanwhile); this process signs
 *    `EVENTS` events (20% sent twice, the order shuffled) and keeps `CONNECTIONS` requests in flight.
 * 2. The meter outbox: usage of `CUSTOMERS` customers over `HOURS` closed hours is aggregated
 *    (one row per customer and hour: at most one call per customer and meter per flush window)
 *    and drained to an emulator; rows/s and Stripe calls per customer-hour.
 */
const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 200);
const HOURS = Number(process.env.BENCH_HOURS ?? 5);
const SECRET = 'whsec_bench_0123456789abcdefghijklmnop';
const self = fileURLToPath(import.meta.url);

if (process.env.BENCH_ROLE === 'server') {
  const carlo = await startCarlo(loadConfig());
  process.stdout.write(`${JSON.stringify({ url: carlo.url })}\n`);
  process.on('SIGTERM', () => void carlo.close().then(() => process.exit(0)));
} else {
  await main();
}

async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('Set DATABASE_URL to a PostgreSQL server (the benchmark measures PostgreSQL).');
  const scratch = await createScratchDatabase(serverUrl);
  try {
    const ack = await benchAcknowledgements(scratch.url, true);
    const apart = await benchAcknowledgements(scratch.url, false);
    const drain = await benchOutbox(scratch.url);
    const rows = [
      [
        'webhooks acknowledged, worker apart',
        `${EVENTS} posts (${Math.round(EVENTS / 6)} duplicates), ${CONNECTIONS} in flight`,
        `${apart.perSecond.toFixed(0)}/s`,
        `p50 ${apart.p50.toFixed(1)} ms, p99 ${apart.p99.toFixed(1)} ms, max ${apart.max.toFixed(1)} ms`,
        `non-2xx ${apart.non2xx}; rows ${apart.rows}`,
      ],
      [
        'webhooks acknowledged, worker in process',
        `${EVENTS} posts (${Math.round(EVENTS / 6)} duplicates), ${CONNECTIONS} in flight`,
        `${ack.perSecond.toFixed(0)}/s`,
        `p50 ${ack.p50.toFixed(1)} ms, p99 ${ack.p99.toFixed(1)} ms, max ${ack.max.toFixed(1)} ms`,
        `non-2xx ${ack.non2xx}; rows ${ack.rows}; applied by the worker in ${ack.appliedMs} ms after the last ack`,
      ],
      [
        'outbox aggregate',
        `${drain.usageRows} usage rows, ${CUSTOMERS} customers x ${HOURS} hours`,
        `${drain.aggregateMs} ms`,
        `${drain.outboxRows} outbox rows`,
        '',
      ],
      [
        'outbox drain',
        `${drain.outboxRows} meter events to the emulator`,
        `${drain.perSecond.toFixed(0)} rows/s`,
        `max calls per customer-hour: ${drain.maxCallsPerCustomerHour}`,
        `sent ${drain.sent}, left ${drain.left}`,
      ],
    ];
    process.stdout.write(
      `\n| measure | load | rate | latency / shape | notes |\n|---|---|---|---|---|\n${rows.map((r) => `| ${r.join(' | ')} |`).join('\n')}\n`,
    );
  } finally {
    await scratch.drop();
  }
}

async function benchAcknowledgements(databaseUrl: string, worker: boolean) {
  const child = spawn(path.resolve(path.dirname(self), '../../node_modules/.bin/tsx'), [self], {
    env: {
      ...process.env,
      BENCH_ROLE: 'server',
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: '10',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'error',
      SEED_DEMO: 'false',
      RUN_WORKER: 'false',
      BILLING_WORKER: String(worker),
      STRIPE_EMULATOR_PORT: '0',
      STRIPE_WEBHOOK_SECRET: SECRET,
      API_KEY_PEPPER: 'bench-pepper-0123456789abcdefghijklmnop',
      SESSION_SECRET: 'bench-session-0123456789abcdefghijklmno',
      DATA_DIR: `/tmp/carlo-webhook-bench-${process.pid}`,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const { url } = JSON.parse(await new Promise<string>((resolve) => lines.once('line', resolve))) as { url: string };
  try {
    const bodies = Array.from({ length: Math.round((EVENTS * 5) / 6) }, () => {
      const id = `evt_bench_${randomUUID().replaceAll('-', '')}`;
      return JSON.stringify({
        id,
        object: 'event',
        api_version: '2026-07-29.dahlia',
        type: 'customer.updated',
        created: Math.floor(Date.now() / 1000),
        livemode: false,
        pending_webhooks: 1,
        request: { id: null, idempotency_key: null },
        data: { object: { id: `cus_bench_${id.slice(-10)}`, object: 'customer', email: 'bench@example.test', metadata: {} } },
      });
    });
    const sends = [...bodies, ...bodies.slice(0, EVENTS - bodies.length)];
    for (let i = sends.length - 1; i > 0; i -= 1) {
      const j = Math.floor(Math.random() * (i + 1));
      [sends[i], sends[j]] = [sends[j], sends[i]];
    }
    const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
    const target = new URL(`${url}/webhooks/stripe`);
    const post = (body: string) =>
      new Promise<{ status: number; ms: number }>((resolve, reject) => {
        const started = performance.now();
        const header = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: SECRET });
        const request = http.request(
          {
            agent,
            host: target.hostname,
            port: target.port,
            path: target.pathname,
            method: 'POST',
            headers: { 'content-type': 'application/json', 'stripe-signature': header, 'content-length': Buffer.byteLength(body) },
          },
          (response) => {
            response.resume();
            response.on('end', () => resolve({ status: response.statusCode ?? 0, ms: performance.now() - started }));
          },
        );
        request.on('error', reject);
        request.end(body);
      });
    const countOrm = await MikroORM.init(ormConfig({ clientUrl: databaseUrl, poolMax: 1 }));
    const [{ n: before }] = await countOrm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from stripe_event');
    await countOrm.close(true);
    for (const body of sends.slice(0, 200)) await post(body); // warm-up (their duplicates are counted below)
    const latencies: number[] = [];
    let non2xx = 0;
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (next < sends.length) {
          const body = sends[next];
          next += 1;
          const { status, ms } = await post(body);
          latencies.push(ms);
          if (status < 200 || status >= 300) non2xx += 1;
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    agent.destroy();
    latencies.sort((a, b) => a - b);
    const pick = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
    const orm = await MikroORM.init(ormConfig({ clientUrl: databaseUrl, poolMax: 1 }));
    const appliedStarted = performance.now();
    let rows = 0;
    for (;;) {
      const [count] = await orm.em
        .getConnection()
        .execute<{ total: string; pending: string }[]>(
          `select count(*) as total, count(*) filter (where status = 'pending') as pending from stripe_event`,
        );
      rows = Number(count.total) - Number(before);
      if (!worker || Number(count.pending) === 0 || performance.now() - appliedStarted > 180_000) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const appliedMs = Math.round(performance.now() - appliedStarted);
    await orm.close(true);
    return {
      perSecond: sends.length / elapsed,
      p50: pick(0.5),
      p99: pick(0.99),
      max: latencies[latencies.length - 1],
      non2xx,
      rows,
      appliedMs,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

async function benchOutbox(databaseUrl: string) {
  const emulator = await startStripeEmulator({ port: 0 });
  const orm = await MikroORM.init(ormConfig({ clientUrl: databaseUrl, poolMax: 4 }));
  try {
    const gateway = new StripeGateway({ secretKey: 'sk_test_bench', host: '127.0.0.1', port: emulator.port, protocol: 'http' });
    const connection = orm.em.getConnection();
    const [plan] = await connection.execute<{ id: string }[]>(`select id from plan where code = 'pro'`);
    if (!plan) {
      await connection.execute(
        `insert into plan (id, created_at, updated_at, code, name, price_cents, currency, included_credits, overage_cents_per_1000_credits, rate_limit_credits_per_second, burst_credits, max_iterations_sync, max_concurrent_jobs, features, sort_order, active) values (gen_random_uuid(), now(), now(), 'pro', 'Pro', 9900, 'usd', 150000, 100, 100, 500, 5000000, 5, '[]', 2, true)`,
      );
    }
    const customers: string[] = [];
    for (let i = 0; i < CUSTOMERS; i += 1) {
      const stripeCustomer = await gateway.stripe.customers.create({ email: `bench-${i}@example.test` });
      const [row] = await connection.execute<{ id: string }[]>(
        `insert into customer (id, created_at, updated_at, company, email, stripe_customer_id, status, overrides) values (gen_random_uuid(), now(), now(), 'Bench', ?, ?, 'active', '{}') returning id`,
        [`bench-${randomUUID()}@example.test`, stripeCustomer.id],
      );
      customers.push(row.id);
    }
    const hour = 3_600_000;
    const base = Math.floor(Date.now() / hour) * hour - HOURS * hour;
    const perCell = 10;
    await connection.execute(
      `insert into usage_event (request_id, customer_id, api_key_id, period_start, operation_name, requested_credits, actual_credits, charged_credits, overage_credits, status, latency_ms, occurred_at, stripe_report_state)
       select gen_random_uuid()::text, c::uuid, gen_random_uuid(), to_timestamp(?::double precision), 'runSimulation', 5, 5, 5, 5, 'ok', 3, to_timestamp(?::double precision) + (h * interval '1 hour') + (n * interval '1 minute'), 'pending'
       from jsonb_array_elements_text(?::jsonb) as c, generate_series(0, ? - 1) as h, generate_series(1, ?) as n`,
      [base / 1000, base / 1000, JSON.stringify(customers), HOURS, perCell],
    );
    const outbox = new MeterOutbox({ orm, logger: pino({ level: 'silent' }), gateway: () => gateway });
    const aggregateStarted = performance.now();
    const outboxRows = await outbox.aggregate();
    const aggregateMs = Math.round(performance.now() - aggregateStarted);
    const started = performance.now();
    let sent = 0;
    for (let round = 0; round < 10_000; round += 1) {
      const report = await outbox.send(100);
      sent += report.sent;
      if (report.sent + report.retried + report.dead === 0) break;
    }
    const elapsed = (performance.now() - started) / 1000;
    const calls = new Map<string, number>();
    for (const request of emulator.requests()) {
      if (request.path !== '/v1/billing/meter_events') continue;
      const key = String(request.params.identifier).replace(/-\d+$/, '');
      calls.set(key, (calls.get(key) ?? 0) + 1);
    }
    const [left] = await connection.execute<{ n: string }[]>('select count(*) as n from stripe_outbox where sent_at is null');
    return {
      usageRows: CUSTOMERS * HOURS * perCell,
      outboxRows,
      aggregateMs,
      perSecond: sent / elapsed,
      sent,
      left: Number(left.n),
      maxCallsPerCustomerHour: Math.max(0, ...calls.values()),
    };
  } finally {
    await orm.close(true);
    await emulator.close();
  }
}
