import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemberRole } from '../../server/src/domain/members/member-role.js';
import { graphql } from '../generated/index.js';
import { customerWithKey } from '../support/factories.js';
import { errorCodes } from '../support/graphql-client.js';
import { mailTo, signedInMember } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { NO_THROTTLE, setOverrides, sql } from './credits-helpers.js';

const Probe = graphql(`query SpendCapProbe { apiKeys(perPage: 1) { totalCount } }`);
const SetCap = graphql(`
  mutation SpendCapSet($keyId: ID!, $capCredits: Int!, $window: SpendCapWindow!, $mode: SpendCapMode!) {
    setApiKeySpendCap(keyId: $keyId, capCredits: $capCredits, window: $window, mode: $mode) { id spendCapCredits spendCapWindow spendCapMode }
  }
`);
const ClearCap = graphql(`mutation SpendCapClear($keyId: ID!) { clearApiKeySpendCap(keyId: $keyId) { id spendCapCredits } }`);

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ STRIPE_EMULATOR_PORT: '0' });
});

afterAll(async () => {
  await app?.close();
});

/** A customer with plenty of credits, its key, and an owner who sets the cap through the portal's mutation. */
async function cappedKey(capCredits: number, mode: 'HARD' | 'SOFT') {
  const { customer, key, keyId } = await customerWithKey(app, { plan: 'free' });
  await setOverrides(app, customer.id, { ...NO_THROTTLE, includedCredits: 10_000 });
  const owner = await signedInMember(app, customer.id, MemberRole.OWNER);
  const set = await app.client.request(SetCap, { keyId, capCredits, window: 'DAY', mode }, { cookie: owner.cookie });
  expect(set.errors).toEqual([]);
  expect(set.data?.setApiKeySpendCap).toMatchObject({ spendCapCredits: capCredits, spendCapWindow: 'DAY', spendCapMode: mode });
  return { customer, key, keyId, owner };
}

async function chargedCalls(customerId: string): Promise<{ n: number; charged: number }> {
  const [row] = await sql<{ n: number; charged: number }>(
    app,
    'select count(*)::int as n, coalesce(sum(charged_credits), 0)::int as charged from usage_event where customer_id = ?',
    [customerId],
  );
  return row ?? { n: 0, charged: 0 };
}

describe('hard spend caps', () => {
  it('admit calls up to the cap exactly and refuse the next with SPEND_CAP_REACHED, charging nothing for it', async () => {
    const { customer, key } = await cappedKey(5, 'HARD');
    for (let call = 0; call < 5; call++) {
      const response = await app.client.request(Probe, {}, { key });
      expect(response.errors).toEqual([]);
    }
    const refused = await app.client.request(Probe, {}, { key });
    expect(refused.status).toBe(402);
    expect(errorCodes(refused)).toEqual(['SPEND_CAP_REACHED']);
    expect(refused.errors[0]?.message).toMatch(/hard spend cap of 5 credits per UTC day/);
    expect(refused.errors[0]?.message).toMatch(/resets at \d{4}-\d\d-\d\dT00:00:00\.000Z/);
    expect(refused.errors[0]?.extensions).toMatchObject({ capCredits: 5, usedCredits: 5, requestedCredits: 1 });
    expect(await chargedCalls(customer.id)).toEqual({ n: 5, charged: 5 });
  });

  it('admit exactly the cap of many concurrent calls', async () => {
    const { customer, key, keyId } = await cappedKey(20, 'HARD');
    const responses = await Promise.all(Array.from({ length: 60 }, () => app.client.request(Probe, {}, { key })));
    expect(responses.filter((response) => response.status === 200 && response.errors.length === 0)).toHaveLength(20);
    expect(responses.filter((response) => response.status === 402)).toHaveLength(40);
    expect(await chargedCalls(customer.id)).toEqual({ n: 20, charged: 20 });
    const [window] = await sql<{ used_credits: number }>(app, 'select used_credits from spend_cap_usage where api_key_id = ?', [keyId]);
    expect(window?.used_credits).toBe(20);
  });

  it('open again when the window moves on, and stop refusing once cleared', async () => {
    const { key, keyId, owner } = await cappedKey(1, 'HARD');
    expect((await app.client.request(Probe, {}, { key })).errors).toEqual([]);
    expect(errorCodes(await app.client.request(Probe, {}, { key }))).toEqual(['SPEND_CAP_REACHED']);
    // Yesterday's window: today's is new and empty.
    await sql(app, "update spend_cap_usage set window_start = window_start - interval '1 day' where api_key_id = ?", [keyId]);
    expect((await app.client.request(Probe, {}, { key })).errors).toEqual([]);
    expect(errorCodes(await app.client.request(Probe, {}, { key }))).toEqual(['SPEND_CAP_REACHED']);
    const cleared = await app.client.request(ClearCap, { keyId }, { cookie: owner.cookie });
    expect(cleared.data?.clearApiKeySpendCap.spendCapCredits).toBeNull();
    expect((await app.client.request(Probe, {}, { key })).errors).toEqual([]);
  });

  it('refuse a cap that is not a positive whole number, naming the field', async () => {
    const { keyId, owner } = await cappedKey(3, 'HARD');
    const response = await app.client.request(SetCap, { keyId, capCredits: 0, window: 'MONTH', mode: 'HARD' }, { cookie: owner.cookie });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors[0]?.extensions?.field).toBe('capCredits');
  });
});

describe('soft spend caps', () => {
  it('let every call run, mail the owner once per window and open one admin alert', async () => {
    const { customer, key, keyId, owner } = await cappedKey(2, 'SOFT');
    for (let call = 0; call < 5; call++) expect((await app.client.request(Probe, {}, { key })).errors).toEqual([]);
    expect(await chargedCalls(customer.id)).toEqual({ n: 5, charged: 5 });
    await mailTo(app, owner.email, /soft spend cap of 2 credits/);
    const mails = app.services.mail.sink?.messages().filter((mail) => mail.to.includes(owner.email) && /soft spend cap/.test(mail.subject));
    expect(mails).toHaveLength(1);
    const alerts = await sql<{ n: number }>(
      app,
      "select count(*)::int as n from admin_alert where kind = 'spend_cap_reached' and dedupe_key like ?",
      [`spend_cap_reached:${keyId}:%`],
    );
    expect(alerts[0]?.n).toBe(1);
  });
});
