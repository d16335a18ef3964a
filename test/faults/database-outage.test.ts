import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ledgerDisagreements, NO_THROTTLE, setOverrides, sql, usageLedgerDisagreements } from '../integration/credits-helpers.js';
import { referenceModel, sharedDatabase } from '../integration/simulation-fixtures.js';
import { startProxy } from '../support/tcp-proxy.js';
import { codeOf, isReply, type Outcome, postGraphql, type Reply } from './fault-support.js';

// Both cost 1 credit: a query that reads the database and a mutation that runs the engine.
const USAGE = { query: 'query OutageProbe { apiKeys(perPage: 1) { totalCount } }' };
const RUN = {
  query: 'mutation OutageRun($input: SimulationInput!) { runSimulation(input: $input) { runId } }',
  variables: { input: referenceModel(10_000) },
};
const OUTAGE_MS = 10_000;
const CLIENTS = 6;

let database: Awaited<ReturnType<typeof sharedDatabase>>;
let proxy: Awaited<ReturnType<typeof startProxy>>;
let app: TestApp;

beforeAll(async () => {
  database = await sharedDatabase();
  proxy = await startProxy(new URL(database.url));
  // Embedded PGlite serves one backend: one connection, as startTestApp gives it on embedded runs.
  app = await startTestApp({ DATABASE_URL: proxy.url, DATABASE_POOL_MAX: inject('databaseUrl') ? '4' : '1' });
});
afterAll(async () => {
  const t = Date.now();
  await app?.close().catch(() => undefined);
  console.info(`close took ${Date.now() - t} ms`);
  await proxy?.close();
  await database?.close();
});

type Sent = { at: number; outcome: Outcome };

describe('PostgreSQL unavailable for 10 s under load (fault tier; invariants 1, 2 and 7)', () => {
  it('answers 503 UNAVAILABLE or a success whose usage committed, never a billable 2xx without usage, and recovers without a restart', async () => {
    const customers = await Promise.all(Array.from({ length: 2 }, () => customerWithKey(app, { plan: 'pro' })));
    for (const { customer } of customers) await setOverrides(app, customer.id, NO_THROTTLE);
    const sent: Sent[] = [];
    let stop = false;
    const hardStop = Date.now() + 90_000;
    const client = async (index: number) => {
      const { key } = customers[index % customers.length];
      for (let i = 0; i < 20_000 && !stop && Date.now() < hardStop; i += 1) {
        const payload = i % 2 === 0 ? USAGE : RUN;
        sent.push({ at: Date.now(), outcome: await postGraphql(app.url, payload, { authorization: `Bearer ${key}` }) });
      }
    };
    const successesAfter = (t: number) => sent.filter((s) => s.at >= t && isReply(s.outcome) && s.outcome.status === 200).length;
    const waitFor = async (check: () => boolean, timeoutMs: number, what: string) => {
      const deadline = Date.now() + timeoutMs;
      while (!check()) {
        if (Date.now() > deadline) {
          stop = true;
          throw new Error(`timed out waiting for ${what}: ${JSON.stringify(sent.slice(-3))}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };

    const load = Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
    await waitFor(() => successesAfter(0) >= 30, 30_000, 'load to warm up');
    proxy.cut();
    const cutAt = Date.now();
    // The outage itself lasts 10 s: that is the fault being injected, not a wait for a condition.
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    proxy.restore();
    const restoredAt = Date.now();
    await waitFor(() => successesAfter(restoredAt) >= 30, 45_000, 'the app to serve again after the database came back');
    const recoveredMs =
      (sent.find((s) => s.at >= restoredAt && isReply(s.outcome) && s.outcome.status === 200)?.at ?? restoredAt) - restoredAt;
    stop = true;
    await load;

    const replies = sent.map((s) => s.outcome).filter(isReply);
    expect(sent.length - replies.length).toBe(0); // the app never dropped a connection
    const byStatus = new Map<number, number>();
    for (const reply of replies) byStatus.set(reply.status, (byStatus.get(reply.status) ?? 0) + 1);
    const duringOutage = sent
      .filter((s) => s.at >= cutAt && s.at < restoredAt)
      .map((s) => s.outcome)
      .filter(isReply);
    console.info(
      `outage: ${sent.length} requests, statuses ${JSON.stringify([...byStatus])}, ${duringOutage.length} sent during the outage, first success ${recoveredMs} ms after restore`,
    );
    expect([...byStatus.keys()].filter((status) => status !== 200 && status !== 503)).toEqual([]);
    expect(
      replies
        .filter((r) => r.status === 503)
        .map(codeOf)
        .filter((code) => code !== 'UNAVAILABLE'),
    ).toEqual([]);
    expect(duringOutage.filter((r) => r.status === 503).length).toBeGreaterThan(0);

    // Invariants 1 and 7 by SQL: the usage events are exactly the 2xx responses, each charged what it said.
    const ok: Reply[] = replies.filter((r) => r.status === 200);
    const events = await sql<{ request_id: string; charged_credits: number }>(
      app,
      'select request_id, charged_credits from usage_event where customer_id = any(?::uuid[])',
      [`{${customers.map((c) => c.customer.id).join(',')}}`],
    );
    const charged = new Map(events.map((e) => [e.request_id, e.charged_credits]));
    expect(ok.filter((r) => r.requestId === null || charged.get(r.requestId) !== r.body?.extensions?.cost?.charged)).toEqual([]);
    const failedIds = new Set(replies.filter((r) => r.status !== 200).map((r) => r.requestId));
    expect(events.filter((e) => failedIds.has(e.request_id))).toEqual([]);
    expect(events).toHaveLength(ok.length);

    // Invariant 2 by SQL, then again after the sweeper released what the outage orphaned.
    const ids = customers.map((c) => c.customer.id);
    expect(await ledgerDisagreements(app, ids)).toEqual([]);
    expect(await usageLedgerDisagreements(app, ids)).toEqual([]);
    await app.services.monetization.sweeper.sweep(new Date(Date.now() + 11 * 60_000));
    expect(await ledgerDisagreements(app, ids)).toEqual([]);
    expect(
      await sql(
        app,
        'select customer_id, reserved_credits from credit_balance where customer_id = any(?::uuid[]) and reserved_credits <> 0',
        [`{${ids.join(',')}}`],
      ),
    ).toEqual([]);
  });
});
