import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { isInDoubt } from '../../server/src/platform/db/commit-outcome.js';
import { customerWithKey } from '../support/factories.js';
import { PROBE_QUERY } from '../support/probe.js';
import { startProxy, type Proxy as TcpProxy } from '../support/tcp-proxy.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ledgerDisagreements, NO_THROTTLE, setOverrides, sql, usageLedgerDisagreements } from './credits-helpers.js';
import { sharedDatabase } from './simulation-fixtures.js';

type Cost = { charged: number; actual: number };

let database: Awaited<ReturnType<typeof sharedDatabase>>;
let proxy: TcpProxy;
let app: TestApp;

beforeAll(async () => {
  database = await sharedDatabase();
  proxy = await startProxy(new URL(database.url));
  // Embedded PGlite serves one backend: one connection, as startTestApp gives it on embedded runs.
  app = await startTestApp({ DATABASE_URL: proxy.url, DATABASE_POOL_MAX: inject('databaseUrl') ? '4' : '1', STRIPE_EMULATOR_PORT: '0' });
});

afterAll(async () => {
  await app?.close();
  await proxy?.close();
  await database?.close();
});

describe('a usage COMMIT whose acknowledgement is lost', () => {
  it('answers with the result and charges once, since the batch did commit', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, NO_THROTTLE);
    const lost = proxy.loseCommitAcknowledgement('into "usage_event"');
    const response = await app.client.raw<{ apiKeys: { totalCount: number } }>(JSON.stringify({ query: PROBE_QUERY }), { key });
    await lost;
    expect(response.status).toBe(200);
    expect(response.data?.apiKeys.totalCount).toBe(1);
    const cost = response.extensions.cost as Cost;
    expect(cost.charged).toBe(1);

    const events = await sql<{ request_id: string; charged_credits: number }>(
      app,
      'select request_id, charged_credits from usage_event where customer_id = ?',
      [customer.id],
    );
    expect(events).toEqual([{ request_id: response.headers.get('x-request-id'), charged_credits: 1 }]);
    const [balance] = await sql<{ reserved_credits: number; settled_credits: number }>(
      app,
      'select reserved_credits, settled_credits from credit_balance where customer_id = ?',
      [customer.id],
    );
    expect(balance).toEqual({ reserved_credits: 0, settled_credits: 1 });
    expect(await ledgerDisagreements(app, [customer.id])).toEqual([]);
    expect(await usageLedgerDisagreements(app, [customer.id])).toEqual([]);
  });

  it('tells an error PostgreSQL reported (nothing committed) from a lost connection (outcome unknown)', () => {
    const refused = Object.assign(new Error('could not serialize access'), { severity: 'ERROR', code: '40001' });
    expect(isInDoubt(refused)).toBe(false);
    expect(isInDoubt(new Error('wrapped', { cause: refused }))).toBe(false);
    expect(isInDoubt(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isInDoubt(new Error('Connection terminated unexpectedly'))).toBe(true);
  });
});
