import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { customerWithKey, uniqueEmail } from '../support/factories.js';
import { MemberRole } from '../../server/src/domain/members/member-role.js';
import { signedInMember } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { payCheckout, settle, until } from './billing-helpers.js';

const Estimate = graphql(`
  query PortalTestNextInvoice {
    portalOverview {
      subscription { cancelAtPeriodEnd currentPeriodEnd }
      nextInvoice { dueAt planCode baseCents overageCredits overageCents totalCents currency }
    }
  }
`);
const Plans = graphql(`query PortalTestPlanPrices { plans { code priceCents } }`);
const SignUp = graphql(`mutation PortalTestEstimateSignUp($input: SignUpInput!) { signUp(input: $input) { checkoutUrl } }`);
const ChangePlan = graphql(`mutation PortalTestEstimateChange($plan: String!) { portalChangePlan(plan: $plan) { immediate } }`);
const Cancel = graphql(`mutation PortalTestEstimateCancel { portalCancelSubscription { cancelAtPeriodEnd } }`);

let app: TestApp;
let price: Map<string, number>;
beforeAll(async () => {
  app = await startTestApp();
  const plans = await app.client.request(Plans, {}, {});
  price = new Map((plans.data?.plans ?? []).map((plan) => [plan.code, plan.priceCents]));
});
afterAll(async () => {
  await app?.close();
});

async function payingOwner(plan: string): Promise<string> {
  const signUp = await app.client.request(
    SignUp,
    { input: { company: `Estimate ${plan}`, email: uniqueEmail('estimate'), plan, password: 'estimate-password' } },
    {},
  );
  const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(await payCheckout(signUp.data?.signUp.checkoutUrl ?? '')).toBe(303);
  await settle(app);
  await until(
    () => app.client.request(Estimate, {}, { cookie }),
    (response) => response.data?.portalOverview.nextInvoice !== null,
    'the paid subscription to reach the overview',
  );
  return cookie;
}

describe("the portal's next invoice estimate", () => {
  it("is the plan's price at the period end, then the lower plan's after a scheduled downgrade, then no base once cancelled", async () => {
    const cookie = await payingOwner('pro');
    const first = (await app.client.request(Estimate, {}, { cookie })).data?.portalOverview;
    expect(first?.nextInvoice).toMatchObject({ planCode: 'pro', baseCents: price.get('pro'), overageCredits: 0, overageCents: 0 });
    expect(first?.nextInvoice?.totalCents).toBe(price.get('pro'));
    expect(first?.nextInvoice?.dueAt).toBe(first?.subscription?.currentPeriodEnd);

    expect((await app.client.request(ChangePlan, { plan: 'starter' }, { cookie })).data?.portalChangePlan.immediate).toBe(false);
    const downgraded = await app.client.request(Estimate, {}, { cookie });
    expect(downgraded.data?.portalOverview.nextInvoice).toMatchObject({ planCode: 'starter', baseCents: price.get('starter') });

    expect((await app.client.request(Cancel, {}, { cookie })).data?.portalCancelSubscription.cancelAtPeriodEnd).toBe(true);
    const ending = await until(
      () => app.client.request(Estimate, {}, { cookie }),
      (response) => response.data?.portalOverview.subscription?.cancelAtPeriodEnd === true,
      'the cancellation to reach the overview',
    );
    expect(ending.data?.portalOverview.nextInvoice).toMatchObject({ planCode: null, baseCents: 0, totalCents: 0 });
  });

  it('is null for a company without a paid subscription', async () => {
    const { customer } = await customerWithKey(app);
    const owner = await signedInMember(app, customer.id, MemberRole.OWNER);
    const response = await app.client.request(Estimate, {}, { cookie: owner.cookie });
    expect(response.errors ?? []).toEqual([]);
    expect(response.data?.portalOverview.nextInvoice).toBeNull();
  });
});
