import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { referenceModel } from './simulation-fixtures.js';
import { ledgerDisagreements, NO_THROTTLE, setOverrides, sql } from './credits-helpers.js';

const Run = graphql(`mutation IdempotentRun($input: SimulationInput!) { runSimulation(input: $input) { runId iterationsRun } }`);
const CreateKey = graphql(
  `mutation IdempotentCreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`,
);

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ STRIPE_EMULATOR_PORT: '0' });
});

afterAll(async () => {
  await app?.close();
});

describe('Idempotency-Key on mutations', () => {
  it('returns the stored response for the same key and body, without running or charging twice', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, NO_THROTTLE);
    const headers = { 'idempotency-key': randomUUID() };
    const input = referenceModel(50_000);
    const first = await app.client.request(Run, { input }, { key, headers });
    expect(first.errors).toEqual([]);
    const second = await app.client.request(Run, { input }, { key, headers });
    expect(second.status).toBe(200);
    expect(second.data).toEqual(first.data);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.extensions.cost).toMatchObject({ charged: 0, replayed: true });
    const events = await sql<{ charged_credits: number }>(app, 'select charged_credits from usage_event where customer_id = ?', [
      customer.id,
    ]);
    expect(events).toEqual([{ charged_credits: 5 }]);
    const runs = await sql(app, 'select 1 from simulation_run where customer_id = ?', [customer.id]);
    expect(runs).toHaveLength(1);
    expect(await ledgerDisagreements(app, [customer.id])).toEqual([]);
  });

  it('answers CONFLICT for the same key with a different body, and runs nothing', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, NO_THROTTLE);
    const headers = { 'idempotency-key': randomUUID() };
    expect((await app.client.request(CreateKey, { input: { name: 'first' } }, { key, headers })).status).toBe(200);
    const other = await app.client.request(CreateKey, { input: { name: 'second' } }, { key, headers });
    expect(other.status).toBe(409);
    expect(errorCodes(other)).toEqual(['CONFLICT']);
    const keys = await sql(app, 'select 1 from api_key where customer_id = ?', [customer.id]);
    expect(keys).toHaveLength(2);
  });

  it('keeps keys per customer: the same key from another customer runs its own request', async () => {
    const a = await customerWithKey(app, { plan: 'pro' });
    const b = await customerWithKey(app, { plan: 'pro' });
    const headers = { 'idempotency-key': 'shared-key-1' };
    const first = await app.client.request(CreateKey, { input: { name: 'ci' } }, { key: a.key, headers });
    const second = await app.client.request(CreateKey, { input: { name: 'ci' } }, { key: b.key, headers });
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    expect(second.data?.createApiKey.apiKey.id).not.toBe(first.data?.createApiKey.apiKey.id);
  });

  it('frees the key of a request refused before it ran, so that a retry can run it', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'free' });
    await setOverrides(app, customer.id, { ...NO_THROTTLE, includedCredits: 0 });
    const headers = { 'idempotency-key': randomUUID() };
    const input = referenceModel(10_000);
    const refused = await app.client.request(Run, { input }, { key, headers });
    expect(errorCodes(refused)).toEqual(['QUOTA_EXCEEDED']);
    await setOverrides(app, customer.id, { ...NO_THROTTLE, includedCredits: 10 });
    await sql(app, 'update credit_balance set included_credits = 10, balance_credits = balance_credits + 10 where customer_id = ?', [
      customer.id,
    ]);
    await sql(
      app,
      "insert into credit_ledger (customer_id, period_start, kind, credits, reason, created_at) select customer_id, period_start, 'grant_included', 10, 'test', now() from credit_balance where customer_id = ?",
      [customer.id],
    );
    const retried = await app.client.request(Run, { input }, { key, headers });
    expect(retried.errors).toEqual([]);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
  });
});
