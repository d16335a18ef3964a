import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SubscriptionStatus } from '../../server/src/domain/subscriptions/subscription.entity.js';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { customerWithKey, signedInAdmin } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ledgerDisagreements, NO_THROTTLE, setOverrides, sql, usageLedgerDisagreements } from './credits-helpers.js';

const Probe = graphql(`query CreditsProbe { apiKeys(perPage: 1) { totalCount } }`);
const MeCredits = graphql(
  `query MeCredits { me { id credits { includedCredits includedRemaining prepaidRemaining reservedCredits usedCredits overageCredits } } }`,
);
const KeysPage = graphql(`query KeysPage($perPage: Int!) { apiKeys(perPage: $perPage) { totalCount items { id } } }`);
const ProbeAndMissingRun = graphql(`query ProbeAndMissingRun($id: ID!) { apiKeys(perPage: 1) { totalCount } simulation(id: $id) { id } }`);
const Grant = graphql(
  `mutation Grant($customerId: ID!, $credits: Int!, $reason: String!) { grantCredits(customerId: $customerId, credits: $credits, reason: $reason) { prepaidRemaining } }`,
);
const Quote = graphql(
  `query Quote($query: String!, $variables: JSONObject) { quote(query: $query, variables: $variables) { credits coveredCredits overageCredits overageCents listPriceCents refusal } }`,
);

type Cost = {
  requested: number;
  actual: number;
  charged: number;
  includedRemaining: number | null;
  prepaidRemaining: number | null;
  overageThisPeriod: number | null;
};
const costOf = (response: { extensions: Record<string, unknown> }) => response.extensions.cost as Cost;

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ STRIPE_EMULATOR_PORT: '0' });
});

afterAll(async () => {
  await app?.close();
});

describe('credit reservation', () => {
  it('admits exactly 50 of 200 concurrent cost-1 calls on 50 credits, and the balance ends at 0', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'free' });
    await setOverrides(app, customer.id, { ...NO_THROTTLE, includedCredits: 50 });
    const responses = await Promise.all(Array.from({ length: 200 }, () => app.client.request(Probe, {}, { key })));
    const ok = responses.filter((response) => response.status === 200 && response.errors.length === 0);
    const refused = responses.filter((response) => response.status === 402);
    expect(ok).toHaveLength(50);
    expect(refused).toHaveLength(150);
    expect(new Set(refused.flatMap(errorCodes))).toEqual(new Set(['QUOTA_EXCEEDED']));
    const [balance] = await sql<{ balance_credits: number; reserved_credits: number; settled_credits: number }>(
      app,
      'select balance_credits, reserved_credits, settled_credits from credit_balance where customer_id = ?',
      [customer.id],
    );
    expect(balance).toEqual({ balance_credits: 0, reserved_credits: 0, settled_credits: 50 });
    const [usage] = await sql<{ n: number; charged: number }>(
      app,
      'select count(*)::int as n, coalesce(sum(charged_credits), 0)::int as charged from usage_event where customer_id = ?',
      [customer.id],
    );
    expect(usage).toEqual({ n: 50, charged: 50 });
    expect(await ledgerDisagreements(app, [customer.id])).toEqual([]);
    expect(await usageLedgerDisagreements(app, [customer.id])).toEqual([]);
  });

  it('refuses a call its hard-stop allowance cannot cover with QUOTA_EXCEEDED, runs nothing and charges nothing', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'free' });
    await setOverrides(app, customer.id, { ...NO_THROTTLE, includedCredits: 0 });
    const response = await app.client.request(Probe, {}, { key });
    expect(response.status).toBe(402);
    expect(errorCodes(response)).toEqual(['QUOTA_EXCEEDED']);
    expect(response.data).toBeNull();
    expect(costOf(response)).toMatchObject({ requested: 1, charged: 0 });
    const rows = await sql(app, 'select 1 from usage_event where customer_id = ?', [customer.id]);
    expect(rows).toHaveLength(0);
    const reserves = await sql(app, "select 1 from credit_ledger where customer_id = ? and kind = 'reserve'", [customer.id]);
    expect(reserves).toHaveLength(0);
  });

  it('answers PAYMENT_REQUIRED when past due within grace and the call would need overage', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro', status: SubscriptionStatus.PAST_DUE });
    await sql(app, 'update subscription set past_due_since = now() where customer_id = ?', [customer.id]);
    await setOverrides(app, customer.id, { ...NO_THROTTLE, includedCredits: 1 });
    expect((await app.client.request(Probe, {}, { key })).status).toBe(200);
    const refused = await app.client.request(Probe, {}, { key });
    expect(refused.status).toBe(402);
    expect(errorCodes(refused)).toEqual(['PAYMENT_REQUIRED']);
  });

  it('accrues overage beyond the included credits on plans that allow it', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, { ...NO_THROTTLE, includedCredits: 2 });
    const responses = [];
    for (let i = 0; i < 5; i += 1) responses.push(await app.client.request(Probe, {}, { key }));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200]);
    expect(costOf(responses[4])).toMatchObject({ charged: 1, includedRemaining: 0, prepaidRemaining: 0, overageThisPeriod: 3 });
    const [usage] = await sql<{ overage: number }>(
      app,
      'select sum(overage_credits)::int as overage from usage_event where customer_id = ?',
      [customer.id],
    );
    expect(usage.overage).toBe(3);
    const pending = await sql(app, "select 1 from usage_event where customer_id = ? and stripe_report_state = 'pending'", [customer.id]);
    expect(pending).toHaveLength(3);
    expect(await ledgerDisagreements(app, [customer.id])).toEqual([]);
  });

  it('settles what the response holds: a short page costs its items, not the page size, and the rest is released', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, NO_THROTTLE);
    const response = await app.client.request(KeysPage, { perPage: 100 }, { key });
    expect(response.errors).toEqual([]);
    // Reserved 1 + 100 x 0.04 = 5; one key came back: 1 + 0.04, charged as 2.
    expect(costOf(response)).toMatchObject({ requested: 5, actual: 2, charged: 2 });
    const ledger = await sql<{ kind: string; credits: number }>(
      app,
      'select kind, credits from credit_ledger where customer_id = ? and request_id is not null order by id',
      [customer.id],
    );
    expect(ledger).toEqual([
      { kind: 'reserve', credits: 5 },
      { kind: 'settle', credits: 2 },
      { kind: 'release', credits: 3 },
    ]);
    expect(await ledgerDisagreements(app, [customer.id])).toEqual([]);
  });

  it('charges nothing for fields that errored or were not delivered, and releases the whole reservation', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, NO_THROTTLE);
    const response = await app.client.request(ProbeAndMissingRun, { id: '00000000-0000-4000-8000-000000000000' }, { key });
    expect(errorCodes(response)).toEqual(['NOT_FOUND']);
    expect(response.data).toBeNull();
    expect(costOf(response)).toMatchObject({ requested: 2, actual: 0, charged: 0 });
    const [event] = await sql<{ requested_credits: number; charged_credits: number; status: string }>(
      app,
      'select requested_credits, charged_credits, status from usage_event where customer_id = ?',
      [customer.id],
    );
    expect(event).toEqual({ requested_credits: 2, charged_credits: 0, status: 'failed' });
    expect(await ledgerDisagreements(app, [customer.id])).toEqual([]);
  });
});

describe('extensions.cost and the per-request maximum', () => {
  it('reports requested, actual, charged, remaining credits and the throttle on every response, with RateLimit headers', async () => {
    const { key } = await customerWithKey(app, { plan: 'starter' });
    const response = await app.client.request(MeCredits, {}, { key });
    expect(response.errors).toEqual([]);
    expect(response.extensions.cost).toEqual({
      requested: 0,
      actual: 0,
      charged: 0,
      includedRemaining: 25_000,
      prepaidRemaining: 0,
      overageThisPeriod: 0,
      throttle: { limit: 100, remaining: 99, resetSeconds: 1 },
    });
    expect(response.data?.me.credits).toEqual({
      includedCredits: 25_000,
      includedRemaining: 25_000,
      prepaidRemaining: 0,
      reservedCredits: 0,
      usedCredits: 0,
      overageCredits: 0,
    });
    expect(response.headers.get('ratelimit-limit')).toBe('100');
    expect(response.headers.get('ratelimit-remaining')).toBe('99');
    expect(response.headers.get('ratelimit-reset')).toBe('1');
  });

  it('refuses an operation over the per-request maximum with COST_LIMIT_EXCEEDED before any resolver runs', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'enterprise' });
    expect((await app.client.request(MeCredits, {}, { key })).status).toBe(200);
    // 20M iterations x 26 inputs (one output, one operation) = 520M work units = 5,200 credits, over the 5,000 maximum.
    const inputs = Array.from({ length: 26 }, (_, i) => ({ name: `x${i}`, distribution: { type: 'NORMAL', mean: 0, sd: 1 } }));
    const body = {
      query: 'mutation ($input: SimulationInput!) { startSimulation(input: $input) { id } }',
      variables: { input: { iterations: 20_000_000, inputs, outputs: [{ name: 'y', formula: 'x0' }] } },
    };
    const response = await app.client.raw(JSON.stringify(body), { key });
    expect(response.status).toBe(400);
    expect(errorCodes(response)).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(response.errors[0].extensions).toMatchObject({ requestedCredits: 5200, maximumCredits: 5000 });
    expect(response.data).toBeNull();
    expect(await sql(app, 'select 1 from credit_ledger where request_id = ?', [response.headers.get('x-request-id')])).toHaveLength(0);
    expect(
      await sql(app, 'select 1 from usage_event where customer_id = ? and request_id = ?', [
        customer.id,
        response.headers.get('x-request-id'),
      ]),
    ).toHaveLength(0);
    expect(await sql(app, 'select 1 from simulation_run where customer_id = ?', [customer.id])).toHaveLength(0);
  });

  it('prices an operation with quote without running it, in credits and cents', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, { ...NO_THROTTLE, includedCredits: 2 });
    const response = await app.client.request(
      Quote,
      {
        query: 'query ($n: Int!) { apiKeys(perPage: $n) { items { id } } probe: apiKeys(perPage: 1) { totalCount } }',
        variables: { n: 100 },
      },
      { key },
    );
    expect(response.errors).toEqual([]);
    // apiKeys: 1 + 100 x 0.04 = 5; probe: 1. Two are covered; four are overage at 100 cents per 1,000.
    expect(response.data?.quote).toEqual({
      credits: 6,
      coveredCredits: 2,
      overageCredits: 4,
      overageCents: 1,
      listPriceCents: 1,
      refusal: null,
    });
    expect(costOf(response)).toMatchObject({ requested: 0, charged: 0 });
    const [usage] = await sql<{ charged: number }>(
      app,
      'select coalesce(sum(charged_credits), 0)::int as charged from usage_event where customer_id = ?',
      [customer.id],
    );
    expect(usage.charged).toBe(0);
  });
});

describe('grants', () => {
  it('lets an admin grant prepaid credits with an audit row; they are spent after the included ones', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'free' });
    await setOverrides(app, customer.id, { ...NO_THROTTLE, includedCredits: 1 });
    const admin = await signedInAdmin(app);
    const granted = await app.client.request(
      Grant,
      { customerId: customer.id, credits: 2, reason: 'goodwill for an outage' },
      { cookie: admin.cookie },
    );
    expect(granted.errors).toEqual([]);
    expect(granted.data?.grantCredits.prepaidRemaining).toBe(2);
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await app.client.request(Probe, {}, { key })).status);
    expect(statuses).toEqual([200, 200, 200, 402]);
    const audit = await sql(app, "select 1 from audit_log where action = 'credits.grant' and target_id = ?", [customer.id]);
    expect(audit).toHaveLength(1);
    expect(await ledgerDisagreements(app, [customer.id])).toEqual([]);
  });

  it('lowers the included allowance mid-period without taking the prepaid credits', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'free' });
    await setOverrides(app, customer.id, { ...NO_THROTTLE, includedCredits: 10 });
    const admin = await signedInAdmin(app);
    await app.client.request(Grant, { customerId: customer.id, credits: 5, reason: 'prepaid for the test' }, { cookie: admin.cookie });
    expect((await app.client.request(Probe, {}, { key })).status).toBe(200);
    await app.services.orm.em.fork().transactional((em) => app.services.monetization.credits.adjustIncluded(em, customer.id, 0));
    const credits = (await app.client.request(MeCredits, {}, { key })).data?.me.credits;
    expect(credits).toMatchObject({ includedCredits: 0, includedRemaining: 0, prepaidRemaining: 5 });
    expect(await ledgerDisagreements(app, [customer.id])).toEqual([]);
  });
});
