import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ledgerDisagreements, NO_THROTTLE, setOverrides, sql, usageLedgerDisagreements } from '../integration/credits-helpers.js';
import { referenceModel, sharedDatabase } from '../integration/simulation-fixtures.js';
import { codeOf, isReply, type Outcome, postGraphql, type ServerProcess, startServerProcess } from './fault-support.js';

const USAGE = { query: 'query DrainProbe { apiKeys(perPage: 1) { totalCount } }' };
const RUN = {
  query: 'mutation DrainRun($input: SimulationInput!) { runSimulation(input: $input) { runId } }',
  variables: { input: referenceModel(50_000) },
};
/** main.ts forces exit(1) after 25 s; a clean drain must finish well inside that. */
const SHUTDOWN_DEADLINE_MS = 25_000;
const CLIENTS = 8;

const secrets = { API_KEY_PEPPER: randomBytes(24).toString('hex'), SESSION_SECRET: randomBytes(24).toString('hex') };
let database: Awaited<ReturnType<typeof sharedDatabase>>;
let app: TestApp;
let server: ServerProcess | null = null;

beforeAll(async () => {
  database = await sharedDatabase();
  app = await startTestApp({ DATABASE_URL: database.url, DATABASE_POOL_MAX: '2', ...secrets });
});
afterAll(async () => {
  server?.child.kill('SIGKILL');
  await app?.close();
  await database?.close();
});

describe('SIGTERM under load (fault tier; invariants 1, 2 and 7)', () => {
  it('finishes or refuses with 503 every in-flight request, leaves nothing half-written and exits 0 within its deadline', async () => {
    const customers = await Promise.all(Array.from({ length: 2 }, () => customerWithKey(app, { plan: 'pro' })));
    for (const { customer } of customers) await setOverrides(app, customer.id, NO_THROTTLE);
    server = await startServerProcess({ DATABASE_URL: database.url, DATABASE_POOL_MAX: inject('databaseUrl') ? '8' : '2', ...secrets });
    const url = server.url;
    const outcomes: Outcome[] = [];
    let refused = false;
    const hardStop = Date.now() + 90_000;
    // Each client sends until the listener is gone (connection refused), at most 5,000 requests.
    const client = async (index: number) => {
      const { key } = customers[index % customers.length];
      for (let i = 0; i < 5_000 && !refused && Date.now() < hardStop; i += 1) {
        const outcome = await postGraphql(url, i % 2 === 0 ? USAGE : RUN, { authorization: `Bearer ${key}` });
        if ('error' in outcome && outcome.error === 'ECONNREFUSED') refused = true;
        outcomes.push(outcome);
      }
    };
    const load = Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
    const deadline = Date.now() + 30_000;
    while (outcomes.filter((o) => isReply(o) && o.status === 200).length < 40) {
      if (Date.now() > deadline) throw new Error(`no load served: ${JSON.stringify(outcomes.slice(-3))}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const termAt = Date.now();
    server.child.kill('SIGTERM');
    const exit = await server.exited;
    await load;

    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.at - termAt).toBeLessThan(SHUTDOWN_DEADLINE_MS);
    const replies = outcomes.filter(isReply);
    const errors = outcomes.flatMap((o) => ('error' in o ? [o.error] : []));
    console.info(
      `sigterm: ${outcomes.length} requests, ${replies.filter((r) => r.status === 200).length} x 200, ${replies.filter((r) => r.status === 503).length} x 503, connection errors ${JSON.stringify(errors)}, exit after ${exit.at - termAt} ms`,
    );
    expect(
      replies.filter((r) => r.status !== 200 && !(r.status === 503 && codeOf(r) === 'UNAVAILABLE')).map((r) => [r.status, codeOf(r)]),
    ).toEqual([]);
    // A request either got its answer or never reached a listener; a reset would be a dropped in-flight request.
    expect(errors.filter((error) => error !== 'ECONNREFUSED')).toEqual([]);

    // Nothing half-written: usage events are exactly the 200 responses, and the ledger agrees.
    const ids = customers.map((c) => c.customer.id);
    const events = await sql<{ request_id: string; charged_credits: number }>(
      app,
      'select request_id, charged_credits from usage_event where customer_id = any(?::uuid[])',
      [`{${ids.join(',')}}`],
    );
    const ok = replies.filter((r) => r.status === 200);
    expect(events.map((e) => e.request_id).sort()).toEqual(ok.map((r) => r.requestId).sort());
    const charged = new Map(events.map((e) => [e.request_id, e.charged_credits]));
    expect(ok.filter((r) => charged.get(r.requestId ?? '') !== r.body?.extensions?.cost?.charged)).toEqual([]);
    expect(await ledgerDisagreements(app, ids)).toEqual([]);
    expect(await usageLedgerDisagreements(app, ids)).toEqual([]);
    expect(
      await sql(app, 'select customer_id from credit_balance where customer_id = any(?::uuid[]) and reserved_credits <> 0', [
        `{${ids.join(',')}}`,
      ]),
    ).toEqual([]);
  });
});
