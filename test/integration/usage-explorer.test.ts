import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { UsageExplorerData } from '../../server/src/metering/usage/usage-explorer.js';
import { customerWithKey, signedInAdmin } from '../support/factories.js';
import { createScratchDatabase } from '../support/test-database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { sql } from './credits-helpers.js';

const DAY_MS = 86_400_000;
const EXPLORER = `{ adminUsage(days: 60) {
  byDay { day calls chargedCredits overageCredits errors p95LatencyMs }
  byOperation { operationName calls chargedCredits }
  topCustomers { customerId company calls chargedCredits } } }`;

let app: TestApp;
let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | null = null;

// The rollup's watermark is global to a database, so this test has one of its own.
beforeAll(async () => {
  const serverUrl = inject('databaseUrl');
  scratch = serverUrl ? await createScratchDatabase(serverUrl) : null;
  app = await startTestApp(scratch ? { DATABASE_URL: scratch.url } : {});
});

afterAll(async () => {
  await app?.close();
  await scratch?.drop();
});

async function explorer(cookie: string): Promise<UsageExplorerData> {
  const response = await app.client.raw<{ adminUsage: UsageExplorerData }>(JSON.stringify({ query: EXPLORER }), { cookie });
  expect(response.errors).toEqual([]);
  const data = response.data?.adminUsage;
  if (!data) throw new Error('no adminUsage in the response');
  return data;
}

describe('usage explorer over daily rollups', () => {
  it('gives the same numbers from the rollups as from the events, p95 included, and they match SQL over the events', async () => {
    // The boot turn of the rollup found no events; this test rolls up by hand from here on.
    await app.services.monetization.rollup.stop();
    const customers = await Promise.all([customerWithKey(app), customerWithKey(app)]);
    const operations = [`ExplorerA_${randomUUID().slice(0, 6)}`, `ExplorerB_${randomUUID().slice(0, 6)}`];
    const now = Date.now();
    // 600 events over the last five days before today (so those days are closed) and today.
    const events = Array.from({ length: 600 }, (_, i) => ({
      customer: customers[i % 2],
      operation: operations[i % 3 === 0 ? 1 : 0],
      charged: 1_000 + (i % 7) * 113,
      overage: i % 5 === 0 ? 3 : 0,
      status: i % 11 === 0 ? 'failed' : 'ok',
      latency: 5 + ((i * 37) % 211),
      at: new Date(now - (i % 6) * DAY_MS - (i % 13) * 60_000),
    }));
    await sql(
      app,
      `insert into usage_event (request_id, customer_id, api_key_id, period_start, operation_name, requested_credits, actual_credits, charged_credits, overage_credits, status, latency_ms, occurred_at, stripe_report_state)
      select r, c, k, date_trunc('month', now()), o, n, n, n, v, s, l, t, 'not_billable'
        from unnest(?::text[], ?::uuid[], ?::uuid[], ?::text[], ?::int[], ?::int[], ?::text[], ?::int[], ?::timestamptz[]) as u(r, c, k, o, n, v, s, l, t)`,
      [
        `{${events.map(() => `explorer-${randomUUID()}`).join(',')}}`,
        `{${events.map((e) => e.customer.customer.id).join(',')}}`,
        `{${events.map((e) => e.customer.keyId).join(',')}}`,
        `{${events.map((e) => e.operation).join(',')}}`,
        `{${events.map((e) => e.charged).join(',')}}`,
        `{${events.map((e) => e.overage).join(',')}}`,
        `{${events.map((e) => e.status).join(',')}}`,
        `{${events.map((e) => e.latency).join(',')}}`,
        `{${events.map((e) => e.at.toISOString()).join(',')}}`,
      ],
    );
    const admin = await signedInAdmin(app);

    const fromEvents = await explorer(admin.cookie);
    const rolled = await app.services.monetization.rollup.rollUp();
    expect(rolled).toBeGreaterThanOrEqual(5);
    const fromRollups = await explorer(admin.cookie);
    expect(fromRollups).toEqual(fromEvents);
    // Rolling again changes nothing.
    expect(await app.services.monetization.rollup.rollUp()).toBe(0);
    await app.services.monetization.rollup.rollDay(new Date(now - 2 * DAY_MS));
    expect(await explorer(admin.cookie)).toEqual(fromEvents);

    const expected = await sql<{ day: string; calls: number; charged: string; overage: string; errors: number; p95: number }>(
      app,
      `
      select to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD') as day, count(*)::int as calls, sum(charged_credits)::text as charged,
             sum(overage_credits)::text as overage, count(*) filter (where status <> 'ok')::int as errors,
             percentile_cont(0.95) within group (order by latency_ms) as p95
        from usage_event group by 1 order by 1`,
    );
    const shown = fromRollups.byDay.filter((day) => day.calls > 0);
    expect(shown).toEqual(
      expected.map((row) => ({
        day: row.day,
        calls: row.calls,
        chargedCredits: Number(row.charged),
        overageCredits: Number(row.overage),
        errors: row.errors,
        // Rounded as the explorer rounds (half up): PostgreSQL's round() of a double takes a tie to the even integer.
        p95LatencyMs: Math.round(row.p95),
      })),
    );
    const perOperation = await sql<{ operation_name: string; calls: number; charged: string }>(
      app,
      'select operation_name, count(*)::int as calls, sum(charged_credits)::text as charged from usage_event group by 1 order by 3 desc',
    );
    expect(fromRollups.byOperation).toEqual(
      perOperation.map((row) => ({ operationName: row.operation_name, calls: row.calls, chargedCredits: Number(row.charged) })),
    );
    expect(fromRollups.topCustomers.map((c) => c.customerId).sort()).toEqual(customers.map((c) => c.customer.id).sort());
  });
});
