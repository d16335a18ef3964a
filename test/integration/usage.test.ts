import fc from 'fast-check';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settledCost } from '../../server/src/metering/cost/cost-calculator.js';
import { buildCarloSchema } from '../../server/src/app/graphql/schema.js';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { customerWithKey } from '../support/factories.js';
import { Probe, PROBE_QUERY } from '../support/probe.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { referenceModel } from './simulation-fixtures.js';
import { expectNothingCharged, ledgerDisagreements, NO_THROTTLE, setOverrides, sql, usageLedgerDisagreements } from './credits-helpers.js';

const Run = graphql(`mutation MeteredRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }`);
const Usage = graphql(
  `query UsageReport($groupBy: UsageGroupBy!) { usage(groupBy: $groupBy) { calls chargedCredits rows { group calls chargedCredits } } }`,
);
const UsageCalls = graphql(`query UsageCallsOnly { usage { calls } }`);

type Cost = { requested: number; actual: number; charged: number };

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ STRIPE_EMULATOR_PORT: '0' });
});

afterAll(async () => {
  await app?.close();
});

describe('metering', () => {
  it('prices runSimulation by work units, shows the cost in extensions, and the ledger and usage rows agree by SQL', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, NO_THROTTLE);
    const response = await app.client.request(Run, { input: referenceModel(120_000) }, { key });
    expect(response.errors).toEqual([]);
    const iterationsRun = response.data?.runSimulation.iterationsRun ?? 0;
    const cost = response.extensions.cost as Cost;
    // 120,000 iterations x 10 inputs and one short formula = 1.2M work units: 12 credits reserved; settled on what ran.
    expect(cost.requested).toBe(12);
    expect(cost.charged).toBe(Math.max(1, Math.ceil((iterationsRun * 10) / 100_000)));
    const [event] = await sql<{ charged_credits: number; requested_credits: number }>(
      app,
      'select requested_credits, charged_credits from usage_event where request_id = ?',
      [response.headers.get('x-request-id')],
    );
    expect(event).toEqual({ requested_credits: 12, charged_credits: cost.charged });
    expect(await ledgerDisagreements(app, [customer.id])).toEqual([]);
    expect(await usageLedgerDisagreements(app, [customer.id])).toEqual([]);
  });

  it('groups usage by day, operation and key, with totals equal to the usage events', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, NO_THROTTLE);
    for (let i = 0; i < 3; i += 1) await app.client.request(Probe, {}, { key });
    const byOperation = await app.client.request(Usage, { groupBy: 'OPERATION' }, { key });
    expect(byOperation.data?.usage.rows).toEqual([{ group: 'Probe', calls: 3, chargedCredits: 3 }]);
    // A warm free call answers before its usage event commits; wait for it as the next batch writes it.
    await app.services.monetization.usageWriter.flushed();
    const byKey = await app.client.request(Usage, { groupBy: 'KEY' }, { key });
    expect(byKey.data?.usage.rows).toHaveLength(1);
    // A call never counts itself: its usage event commits after its response is computed. Usage reads are free.
    expect(byKey.data?.usage).toMatchObject({ calls: 4, chargedCredits: 3 });
    const byDay = await app.client.request(Usage, { groupBy: 'DAY' }, { key });
    expect(byDay.data?.usage.rows[0].group).toBe(new Date().toISOString().slice(0, 10));
    await app.services.monetization.usageWriter.flushed();
    const [events] = await sql<{ n: number; charged: number }>(
      app,
      'select count(*)::int as n, sum(charged_credits)::int as charged from usage_event where customer_id = ?',
      [customer.id],
    );
    expect(events).toEqual({ n: 6, charged: 3 });
  });

  it('charges nothing for reading usage, even to an account with no credits left', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'free' });
    await setOverrides(app, customer.id, { ...NO_THROTTLE, includedCredits: 0 });
    const response = await app.client.request(UsageCalls, {}, { key });
    expect(response.errors).toEqual([]);
    expect(response.extensions.cost).toMatchObject({ requested: 0, charged: 0 });
    const events = await sql<{ charged_credits: number }>(app, 'select charged_credits from usage_event where customer_id = ?', [
      customer.id,
    ]);
    expect(events).toEqual([{ charged_credits: 0 }]);
  });

  it('answers 503 UNAVAILABLE without data when the usage commit fails, and releases the reservation', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, NO_THROTTLE);
    const writer = app.services.monetization.usageWriter;
    const original = writer.write.bind(writer);
    writer.write = async () => {
      throw new Error('simulated commit failure');
    };
    try {
      const response = await app.client.request(Probe, {}, { key });
      expect(response.status).toBe(503);
      expect(errorCodes(response)).toEqual(['UNAVAILABLE']);
      expect(response.data).toBeNull();
    } finally {
      writer.write = original;
    }
    await expectNothingCharged(app, customer.id);
  });

  it('keeps invariants 1 and 2 under concurrent load from several customers: one usage event per 2xx, ledger equals balances', async () => {
    const customers = await Promise.all(Array.from({ length: 4 }, () => customerWithKey(app, { plan: 'starter' })));
    await Promise.all(customers.map((c, i) => setOverrides(app, c.customer.id, { ...NO_THROTTLE, includedCredits: 30 + i * 10 })));
    const documents = [
      PROBE_QUERY,
      '{ apiKeys(perPage: 50) { items { id } } }',
      '{ me { id credits { usedCredits } } }',
      '{ usage { calls } apiKeys(perPage: 3) { totalCount } }',
    ];
    const calls = customers.flatMap((c, i) =>
      Array.from({ length: 40 }, (_, j) => ({ key: c.key, query: documents[(i + j) % documents.length] })),
    );
    const responses = await Promise.all(calls.map((call) => app.client.raw(JSON.stringify({ query: call.query }), { key: call.key })));
    const ok = responses.filter((response) => response.status === 200).map((response) => response.headers.get('x-request-id'));
    expect(ok.length).toBeGreaterThan(0);
    // A free call's event may still be in the writer's next batch when its response arrives.
    await app.services.monetization.usageWriter.flushed();
    const ids = customers.map((c) => c.customer.id);
    const [matched] = await sql<{ n: number }>(app, 'select count(*)::int as n from usage_event where request_id = any(?::text[])', [
      `{${ok.join(',')}}`,
    ]);
    expect(matched.n).toBe(ok.length);
    const [all] = await sql<{ n: number }>(app, 'select count(*)::int as n from usage_event where customer_id = any(?::uuid[])', [
      `{${ids.join(',')}}`,
    ]);
    expect(all.n).toBe(ok.length);
    expect(await ledgerDisagreements(app, ids)).toEqual([]);
    expect(await usageLedgerDisagreements(app, ids)).toEqual([]);
  });

  it('bills exactly the settled cost the calculator computes from the response, for generated operations', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'team' });
    await setOverrides(app, customer.id, NO_THROTTLE);
    const schema = buildCarloSchema();
    const field = fc.oneof(
      fc.constantFrom(
        'usage { calls }',
        'usage(groupBy: OPERATION) { rows { group } }',
        'me { id }',
        'me { credits { usedCredits } }',
        'plans { code }',
      ),
      fc.integer({ min: 1, max: 100 }).map((n) => `apiKeys(perPage: ${n}) { totalCount items { id name } }`),
      fc.integer({ min: 1, max: 40 }).map((n) => `simulations(perPage: ${n}) { totalCount }`),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(field, { minLength: 1, maxLength: 4 }), async (fields) => {
        const query = `{ ${fields.map((f, i) => `f${i}: ${f}`).join(' ')} }`;
        const response = await app.client.raw(JSON.stringify({ query }), { key });
        expect(response.status).toBe(200);
        const expected = settledCost({
          schema,
          document: parse(query),
          operationName: undefined,
          variables: {},
          data: response.data,
          errorPaths: response.errors.flatMap((e) => (e.path ? [e.path] : [])),
        });
        const cost = response.extensions.cost as Cost;
        expect(cost.actual).toBe(expected.credits);
        expect(cost.charged).toBe(Math.min(expected.credits, cost.requested));
        await app.services.monetization.usageWriter.flushed();
        const [event] = await sql<{ charged_credits: number }>(app, 'select charged_credits from usage_event where request_id = ?', [
          response.headers.get('x-request-id'),
        ]);
        expect(event.charged_credits).toBe(cost.charged);
      }),
      { numRuns: 40 },
    );
  });
});
