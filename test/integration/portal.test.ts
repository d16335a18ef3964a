import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREDIT_PACKS } from '../../server/src/billing/stripe/credit-packs.js';
import { MemberRole } from '../../server/src/domain/members/member-role.js';
import { graphql } from '../generated/index.js';
import { customerWithKey, uniqueEmail } from '../support/factories.js';
import { errorCodes } from '../support/graphql-client.js';
import { signedInMember } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { payCheckout, settle, until } from './billing-helpers.js';
import { sql } from './credits-helpers.js';

const Overview = graphql(
  `query PortalTestOverview { portalOverview { plan { code } access { level } credits { usedCredits } usageByDay { calls rows { group calls } } } }`,
);
const Keys = graphql(`query PortalTestKeys { portalApiKeys(page: 1, perPage: 50) { items { id name } } }`);
const CreateKey = graphql(
  `mutation PortalTestCreateKey($input: CreateApiKeyInput!) { portalCreateApiKey(input: $input) { secret apiKey { id scopes } } }`,
);
const RevokeKey = graphql(`mutation PortalTestRevokeKey($id: ID!) { portalRevokeApiKey(id: $id) { status } }`);
const RotateKey = graphql(`mutation PortalTestRotateKey($id: ID!) { portalRotateApiKey(id: $id) { secret } }`);
const CancelPlan = graphql(`mutation PortalTestCancel { portalCancelSubscription { cancelAtPeriodEnd } }`);
const ResumePlan = graphql(`mutation PortalTestResume { portalResumeSubscription { cancelAtPeriodEnd } }`);
const Ending = graphql(`query PortalTestEnding { portalOverview { subscription { status cancelAtPeriodEnd } } }`);
const ChangePlan = graphql(`mutation PortalTestChangePlan($plan: String!) { portalChangePlan(plan: $plan) { immediate } }`);
const Packs = graphql(`query PortalTestPacks { creditPacks { code credits priceCents currency } }`);
const SignUp = graphql(`mutation PortalTestSignUp($input: SignUpInput!) { signUp(input: $input) { checkoutUrl } }`);
const StripePortal = graphql(`mutation PortalTestStripePortal { portalBillingPortal { url } }`);
const Me = graphql(`query PortalTestMe { me { id } }`);
const Run = graphql(`mutation PortalTestRun($input: SimulationInput!) { runSimulation(input: $input) { iterationsRun } }`);
const smallRun = {
  iterations: 1000,
  seed: 3,
  inputs: [{ name: 'x', distribution: { type: 'NORMAL' as const, mean: 0, sd: 1 } }],
  outputs: [{ name: 'y', formula: 'x + 1' }],
};

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('portal fields', () => {
  it("let a developer create a scoped key for the company that works at once, and show the company's usage", async () => {
    const { customer } = await customerWithKey(app);
    const developer = await signedInMember(app, customer.id, MemberRole.DEVELOPER);
    const created = await app.client.request(
      CreateKey,
      { input: { name: 'from portal', scopes: ['SIMULATIONS_RUN'] } },
      { cookie: developer.cookie },
    );
    expect(created.data?.portalCreateApiKey.apiKey.scopes).toEqual(['SIMULATIONS_RUN']);
    const secret = created.data?.portalCreateApiKey.secret ?? '';
    expect((await app.client.request(Run, { input: smallRun }, { key: secret })).data?.runSimulation.iterationsRun).toBe(1000);
    expect(errorCodes(await app.client.request(Me, {}, { key: secret }))).toEqual([]);
    const overview = await until(
      () => app.client.request(Overview, {}, { cookie: developer.cookie }),
      (response) => (response.data?.portalOverview.usageByDay.calls ?? 0) >= 1,
      'the call to show in the portal overview',
    );
    expect(overview.data?.portalOverview).toMatchObject({ plan: { code: 'pro' }, access: { level: 'FULL' }, credits: { usedCredits: 1 } });
  });

  it('refuse key changes to a billing member and plan changes to a developer, with the role in the message', async () => {
    const { customer } = await customerWithKey(app);
    const billing = await signedInMember(app, customer.id, MemberRole.BILLING);
    const developer = await signedInMember(app, customer.id, MemberRole.DEVELOPER);
    const refusedKey = await app.client.request(CreateKey, { input: { name: 'nope' } }, { cookie: billing.cookie });
    expect(errorCodes(refusedKey)).toEqual(['FORBIDDEN']);
    expect(refusedKey.errors[0]?.message).toContain('Your team role (billing) cannot do this; it needs owner or developer');
    const refusedPlan = await app.client.request(ChangePlan, { plan: 'team' }, { cookie: developer.cookie });
    expect(errorCodes(refusedPlan)).toEqual(['FORBIDDEN']);
    expect(refusedPlan.errors[0]?.message).toContain('Your team role (developer) cannot do this; it needs owner or billing');
  });

  it("never let one customer's member list, rotate or revoke another customer's keys", async () => {
    const victim = await customerWithKey(app);
    const other = await customerWithKey(app);
    const owner = await signedInMember(app, other.customer.id, MemberRole.OWNER);
    const listed = await app.client.request(Keys, {}, { cookie: owner.cookie });
    expect(listed.data?.portalApiKeys.items.map((key) => key.id)).toEqual([other.keyId]);
    expect(errorCodes(await app.client.request(RevokeKey, { id: victim.keyId }, { cookie: owner.cookie }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await app.client.request(RotateKey, { id: victim.keyId }, { cookie: owner.cookie }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await app.client.request(Me, {}, { key: victim.key }))).toEqual([]);
  });

  it('lead to Stripe pages that name the plan and its price, list invoices, and do not show the metered price as 0.00 a month', async () => {
    const email = uniqueEmail('stripe-pages');
    const signUp = await app.client.request(
      SignUp,
      { input: { company: 'Stripe Pages', email, plan: 'starter', password: 'stripe-pages-pw' } },
      {},
    );
    const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0];
    const checkoutUrl = signUp.data?.signUp.checkoutUrl ?? '';
    const checkout = await (await fetch(checkoutUrl)).text();
    expect(checkout).toContain('billed monthly by usage');
    expect(checkout).not.toMatch(/0\.00 USD \/ month/);
    expect(await payCheckout(checkoutUrl)).toBe(303);
    await settle(app);
    const portalUrl = (await app.client.request(StripePortal, {}, { cookie })).data?.portalBillingPortal.url ?? '';
    const page = await (await fetch(portalUrl)).text();
    expect(page).toContain('Starter · 29.00 USD / month');
    expect(page).not.toContain('carlo_starter_base');
    expect(page).toMatch(/<h2>Invoices<\/h2><ul><li>[^<]*29\.00 USD · paid<\/li>/);
  });

  it('cancel a subscription at the period end and take the cancellation back, twice, each reaching Stripe', async () => {
    const email = uniqueEmail('cancel-resume');
    const signUp = await app.client.request(
      SignUp,
      { input: { company: 'Cancel Resume', email, plan: 'starter', password: 'cancel-resume-pw' } },
      {},
    );
    const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0];
    expect(await payCheckout(signUp.data?.signUp.checkoutUrl ?? '')).toBe(303);
    await settle(app);
    const ending = (cancelAtPeriodEnd: boolean) =>
      until(
        () => app.client.request(Ending, {}, { cookie }),
        (response) => response.data?.portalOverview.subscription?.cancelAtPeriodEnd === cancelAtPeriodEnd,
        `the subscription row to say cancelAtPeriodEnd ${cancelAtPeriodEnd}`,
      );
    const notCancelled = await app.client.request(ResumePlan, {}, { cookie });
    expect(errorCodes(notCancelled)).toEqual(['CONFLICT']);
    expect(notCancelled.errors[0]?.message).toContain('not set to cancel');
    // The second round proves each call carries its own idempotency key: a replayed answer would change nothing.
    for (let round = 0; round < 2; round += 1) {
      expect((await app.client.request(CancelPlan, {}, { cookie })).data?.portalCancelSubscription.cancelAtPeriodEnd).toBe(true);
      await ending(true);
      expect((await app.client.request(ResumePlan, {}, { cookie })).data?.portalResumeSubscription.cancelAtPeriodEnd).toBe(false);
      const resumed = await ending(false);
      expect(resumed.data?.portalOverview.subscription?.status).toBe('active');
    }
    // A resume right after a cancel can come before the cancel's webhook: the row still says not
    // cancelling, Stripe says cancelling, and the resume goes through.
    expect((await app.client.request(CancelPlan, {}, { cookie })).data?.portalCancelSubscription.cancelAtPeriodEnd).toBe(true);
    await ending(true);
    await sql(app, 'update subscription set cancel_at_period_end = false where customer_id = (select id from customer where email = ?)', [
      email,
    ]);
    expect((await app.client.request(ResumePlan, {}, { cookie })).data?.portalResumeSubscription.cancelAtPeriodEnd).toBe(false);
    await settle(app);
    expect((await app.client.request(ResumePlan, {}, { cookie })).errors[0]?.message).toContain('not set to cancel');
  });

  it('publish the credit packs on sale to anyone', async () => {
    expect((await app.client.request(Packs, {}, {})).data?.creditPacks).toEqual(
      CREDIT_PACKS.map(({ code, credits, priceCents, currency }) => ({ code, credits, priceCents, currency })),
    );
  });
});
