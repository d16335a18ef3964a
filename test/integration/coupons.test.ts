import type Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Invoice } from '../../server/src/billing/stripe/invoice.entity.js';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { ApiKeyMode } from '../../server/src/domain/keys/api-key.entity.js';
import { MemberRole } from '../../server/src/domain/members/member-role.js';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { type SignedInAdmin, signedInAdmin } from '../support/factories.js';
import { signedInMember } from '../support/members.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { settle } from './billing-helpers.js';
import { customerOnClock, subscriptionOf } from './customer-on-clock.js';

const Create = graphql(
  `mutation CouponCreate($input: CouponInput!) { createCoupon(input: $input) { id percentOff amountOffCents duration } }`,
);
const Apply = graphql(
  `mutation CouponApply($customerId: ID!, $couponId: ID!, $reason: String!) { applyCoupon(customerId: $customerId, couponId: $couponId, reason: $reason) { id } }`,
);
const Remove = graphql(
  `mutation CouponRemove($customerId: ID!, $reason: String!) { removeCoupon(customerId: $customerId, reason: $reason) }`,
);
const Current = graphql(`query CouponCurrent($customerId: ID!) { customerCoupon(customerId: $customerId) { id percentOff } }`);
const List = graphql(`query CouponList { coupons { id } }`);
const DiscountByKey = graphql(`query CouponDiscountByKey { discount { name percentOff amountOffCents duration startedAt endsAt } }`);
const DiscountInPortal = graphql(`query CouponDiscountInPortal { portalDiscount { percentOff duration endsAt } }`);

let app: TestApp;
let stripe: Stripe;
let admin: SignedInAdmin;
let support: SignedInAdmin;
beforeAll(async () => {
  app = await startTestApp();
  stripe = app.services.billing.gateway.stripe;
  [admin, support] = await Promise.all([signedInAdmin(app, AdminRole.ADMIN), signedInAdmin(app, AdminRole.SUPPORT)]);
});
afterAll(async () => {
  app.services.billing.service.customerExtras = () => ({});
  await app?.close();
});

/** Moves the customer's test clock an hour past the current period (past Stripe's draft hour) and returns the renewal's mirror row. */
async function renew(customerId: string): Promise<Invoice> {
  const sub = await subscriptionOf(app, customerId);
  const remote = await stripe.subscriptions.retrieve(sub.stripeSubscriptionId ?? '');
  const customer = await stripe.customers.retrieve(String(remote.customer));
  const clock = 'deleted' in customer ? '' : String(customer.test_clock);
  await stripe.testHelpers.testClocks.advance(clock, { frozen_time: Math.floor(sub.currentPeriodEnd.getTime() / 1000) + 2 * 3600 });
  await settle(app);
  return app.services.orm.em
    .fork()
    .findOneOrFail(Invoice, { stripeSubscriptionId: sub.stripeSubscriptionId ?? '' }, { orderBy: { issuedAt: 'desc' } });
}

async function coupon(input: {
  percentOff?: number;
  amountOffCents?: number;
  duration: string;
  durationInMonths?: number;
}): Promise<string> {
  const response = await app.client.request(Create, { input }, { cookie: admin.cookie });
  expect(response.errors).toEqual([]);
  return response.data?.createCoupon.id ?? '';
}

describe('coupons', () => {
  it('refuses bad terms with the field, and support may read but not create or apply', async () => {
    const bad = await app.client.request(Create, { input: { percentOff: 150, duration: 'forever' } }, { cookie: admin.cookie });
    expect(bad.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'percentOff' });
    const months = await app.client.request(Create, { input: { percentOff: 10, duration: 'repeating' } }, { cookie: admin.cookie });
    expect(months.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'durationInMonths' });
    expect(
      errorCodes(await app.client.request(Create, { input: { percentOff: 5, duration: 'once' } }, { cookie: support.cookie })),
    ).toEqual(['FORBIDDEN']);
    const id = await coupon({ percentOff: 5, duration: 'once' });
    expect((await app.client.request(List, {}, { cookie: support.cookie })).data?.coupons.map((c) => c.id)).toContain(id);
    expect(
      errorCodes(await app.client.request(Apply, { customerId: admin.id, couponId: id, reason: 'Goodwill' }, { cookie: support.cookie })),
    ).toEqual(['FORBIDDEN']);
  });

  it('20 % forever: the next invoices total exactly the subtotal less 20 %, and the apply is audited with its reason', async () => {
    const { customerId } = await customerOnClock(app, '4242424242424242', false, 'Coupon Forever Co');
    const id = await coupon({ percentOff: 20, duration: 'forever' });
    const short = await app.client.request(Apply, { customerId, couponId: id, reason: 'x' }, { cookie: admin.cookie });
    expect(short.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const applied = await app.client.request(Apply, { customerId, couponId: id, reason: 'Annual goodwill' }, { cookie: admin.cookie });
    expect(applied.errors).toEqual([]);
    expect((await app.client.request(Current, { customerId }, { cookie: admin.cookie })).data?.customerCoupon).toEqual({
      id,
      percentOff: 20,
    });
    const audit: { action: string; after: Record<string, unknown> }[] = await app.services.orm.em
      .getConnection()
      .execute("select action, after from audit_log where target_id = ? and action like 'subscription.coupon%'", [customerId]);
    expect(audit).toEqual([
      { action: 'subscription.coupon_apply', after: expect.objectContaining({ reason: 'Annual goodwill', couponId: id }) },
    ]);

    const first = await renew(customerId);
    expect(first.subtotalCents).toBeGreaterThan(0);
    expect(first.totalCents).toBe(first.subtotalCents - Math.round(first.subtotalCents * 0.2));
    const second = await renew(customerId);
    expect(second.totalCents).toBe(second.subtotalCents - Math.round(second.subtotalCents * 0.2));

    expect((await app.client.request(Remove, { customerId, reason: 'Goodwill ended' }, { cookie: admin.cookie })).errors).toEqual([]);
    const third = await renew(customerId);
    expect(third.totalCents).toBe(third.subtotalCents);
  });

  it('$5 once: only the next invoice is reduced', async () => {
    const { customerId } = await customerOnClock(app, '4242424242424242', false, 'Coupon Once Co');
    const id = await coupon({ amountOffCents: 500, duration: 'once' });
    expect(
      (await app.client.request(Apply, { customerId, couponId: id, reason: 'Onboarding delay' }, { cookie: admin.cookie })).errors,
    ).toEqual([]);
    const first = await renew(customerId);
    expect(first.totalCents).toBe(first.subtotalCents - 500);
    const second = await renew(customerId);
    expect(second.totalCents).toBe(second.subtotalCents);
  });

  it('shows the customer a repeating discount and when it ends, by key and in the portal to billing members, and nothing once removed', async () => {
    const { customerId } = await customerOnClock(app, '4242424242424242', false, 'Coupon Seen Co');
    const issued = await app.services.apiKeys.create(app.services.orm.em.fork(), customerId, {
      name: 'discount reader',
      mode: ApiKeyMode.LIVE,
      createdBy: 'system',
    });
    const byKey = async () => (await app.client.request(DiscountByKey, {}, { key: issued.secret })).data?.discount;
    const owner = await signedInMember(app, customerId, MemberRole.OWNER);
    const developer = await signedInMember(app, customerId, MemberRole.DEVELOPER);
    expect(await byKey()).toBeNull();

    const id = await coupon({ percentOff: 15, duration: 'repeating', durationInMonths: 3 });
    expect(
      (await app.client.request(Apply, { customerId, couponId: id, reason: 'Pilot pricing' }, { cookie: admin.cookie })).errors,
    ).toEqual([]);
    const seen = await byKey();
    expect(seen).toMatchObject({ name: null, percentOff: 15, amountOffCents: null, duration: 'repeating' });
    const days = (Date.parse(String(seen?.endsAt)) - Date.parse(String(seen?.startedAt))) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(89);
    expect(days).toBeLessThanOrEqual(92);
    const portal = await app.client.request(DiscountInPortal, {}, { cookie: owner.cookie });
    expect(portal.data?.portalDiscount).toEqual({ percentOff: 15, duration: 'repeating', endsAt: seen?.endsAt });
    expect(errorCodes(await app.client.request(DiscountInPortal, {}, { cookie: developer.cookie }))).toEqual(['FORBIDDEN']);

    expect((await app.client.request(Remove, { customerId, reason: 'Pilot over' }, { cookie: admin.cookie })).errors).toEqual([]);
    expect(await byKey()).toBeNull();
    expect((await app.client.request(DiscountInPortal, {}, { cookie: owner.cookie })).data?.portalDiscount).toBeNull();
  });
});
