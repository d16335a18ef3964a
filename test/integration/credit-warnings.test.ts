import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { customerWithKey, signedInAdmin } from '../support/factories.js';
import { mailTo, signedInMember } from '../support/members.js';
import { MemberRole } from '../../server/src/domain/members/member-role.js';
import { Probe } from '../support/probe.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { until } from './billing-helpers.js';
import { NO_THROTTLE, setOverrides, sql } from './credits-helpers.js';
import { referenceModel } from './simulation-fixtures.js';
import { type Envelope, endpointFor, verified } from './webhook-event-helpers.js';
import { WebhookReceiver } from './webhook-receiver.js';

const SetLine = graphql(`mutation WarningsSetLine($credits: Int) { setLowBalanceThreshold(credits: $credits) }`);
const PortalSetLine = graphql(`mutation WarningsPortalSetLine($credits: Int) { portalSetLowBalanceThreshold(credits: $credits) }`);
const ReadLine = graphql(`query WarningsReadLine { me { lowBalanceThresholdCredits } }`);
const PortalReadLine = graphql(`query WarningsPortalReadLine { portalOverview { lowBalanceThresholdCredits } }`);
const Grant = graphql(
  `mutation WarningsGrant($customerId: ID!, $credits: Int!, $reason: String!) { grantCredits(customerId: $customerId, credits: $credits, reason: $reason) { prepaidRemaining } }`,
);
const START_QUERY = 'mutation WarningsStart($input: SimulationInput!) { startSimulation(input: $input) { id } }';
const Start = graphql(`mutation WarningsStart($input: SimulationInput!) { startSimulation(input: $input) { id } }`);
const Quote = graphql(
  `query WarningsQuote($query: String!, $variables: JSONObject) { quote(query: $query, variables: $variables) { credits } }`,
);

let app: TestApp;
const receiver = new WebhookReceiver();
beforeAll(async () => {
  // The worker runs simulation jobs in this process, so a job's settlement happens here too.
  app = await startTestApp({ RUN_WORKER: 'true' });
  await receiver.listen();
});
afterAll(async () => {
  await app?.close();
  await receiver.close();
});

async function probes(key: string, count: number): Promise<void> {
  for (let sent = 0; sent < count; sent += 1) {
    const response = await app.client.request(Probe, {}, { key });
    expect(response.status).toBe(200);
  }
}

const events = (path: string, secret: string): Envelope[] => receiver.at(path).map((hook) => verified(hook, secret));

describe('the customer-set low-balance line', () => {
  it('is set with a key or from the portal, and refuses what is not a positive whole number of credits', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'free' });
    for (const credits of [0, -5, 2_000_000_000]) {
      const refused = await app.client.request(SetLine, { credits }, { key });
      expect(refused.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'credits' });
    }
    expect((await app.client.request(SetLine, { credits: 40 }, { key })).data?.setLowBalanceThreshold).toBe(40);
    expect((await app.client.request(ReadLine, {}, { key })).data?.me.lowBalanceThresholdCredits).toBe(40);

    const billing = await signedInMember(app, customer.id, MemberRole.BILLING);
    const cleared = await app.client.request(PortalSetLine, { credits: null }, { cookie: billing.cookie });
    expect(cleared.errors).toEqual([]);
    expect(
      (await app.client.request(PortalReadLine, {}, { cookie: billing.cookie })).data?.portalOverview.lowBalanceThresholdCredits,
    ).toBeNull();
    const developer = await signedInMember(app, customer.id, MemberRole.DEVELOPER);
    const refused = await app.client.request(PortalSetLine, { credits: 10 }, { cookie: developer.cookie });
    expect(refused.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('warns once when the credits left fall to the line, and again only after a top-up', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'free' });
    await setOverrides(app, customer.id, { ...NO_THROTTLE, includedCredits: 100 });
    const { path, secret, ownerEmail } = await endpointFor(app, receiver, customer.id, ['credits.threshold_reached']);
    expect((await app.client.request(SetLine, { credits: 30 }, { key })).errors).toEqual([]);
    const belowLine = (received: Envelope[]) => received.filter((event) => event.data.trigger === 'balance_below');

    // 100 included: after 70 calls 30 are left, the line; 10 more calls stay below it.
    await probes(key, 80);
    const first = await until(
      async () => belowLine(events(path, secret)),
      (received) => received.length > 0,
      'the balance_below warning',
      30_000,
    );
    expect(first[0]?.data).toMatchObject({ trigger: 'balance_below', thresholdCredits: 30, balanceCredits: 30 });
    // The same crossing mails the owner (customer mail rides on the recorded event).
    const mail = await mailTo(app, ownerEmail, 'Your Carlo credits are down to 30');
    expect(mail.text).toContain('warning line of 30 credits');

    // A top-up lifts the balance over the line: falling to it again is a new cause.
    const admin = await signedInAdmin(app);
    const granted = await app.client.request(
      Grant,
      { customerId: customer.id, credits: 50, reason: 'top-up test' },
      { cookie: admin.cookie },
    );
    expect(granted.errors).toEqual([]);
    await probes(key, 45);
    const second = await until(
      async () => belowLine(events(path, secret)),
      (received) => received.length > 1,
      'the warning after the top-up',
      30_000,
    );
    expect(second.map((event) => event.data.balanceCredits)).toEqual([30, 30]);
    const recorded = await sql<{ cause_key: string }>(
      app,
      `select cause_key from notification_event where customer_id = ? and cause_key like 'credits.balance_below:%'`,
      [customer.id],
    );
    expect(recorded).toHaveLength(2);
  });

  it('counts the credits a job settles when it ends: its settlement crosses the included lines', async () => {
    // Priced by another account: a first call opens the period with the included credits of that moment.
    const input = referenceModel(20_000, 5);
    const pricing = await customerWithKey(app, { plan: 'free' });
    const priced = await app.client.request(Quote, { query: START_QUERY, variables: { input } }, { key: pricing.key });
    const jobCredits = priced.data?.quote.credits ?? 0;
    expect(jobCredits).toBeGreaterThan(1);
    const { customer, key } = await customerWithKey(app, { plan: 'free' });
    // The job's credits alone cross 50 % of what is included, and only when the job settles them.
    await setOverrides(app, customer.id, { ...NO_THROTTLE, includedCredits: 2 * jobCredits - 1 });
    const { path, secret } = await endpointFor(app, receiver, customer.id, ['credits.threshold_reached']);
    const started = await app.client.request(Start, { input }, { key });
    expect(started.errors).toEqual([]);
    const crossed = await until(
      async () => events(path, secret),
      (received) => received.length > 0,
      'the 50 % line crossed by the job settlement',
      60_000,
    );
    expect(crossed.map((event) => event.data)).toEqual([
      expect.objectContaining({ trigger: 'included_used', thresholdPercent: 50, usedCredits: jobCredits }),
    ]);
    const settled = await sql<{ reason: string | null }>(
      app,
      `select reason from credit_ledger where customer_id = ? and kind = 'settle'`,
      [customer.id],
    );
    expect(settled).toEqual([{ reason: expect.stringContaining(started.data?.startSimulation.id ?? 'job') }]);
  }, 120_000);
});
