import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { signedInAdmin, uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { payCheckout, settle } from './billing-helpers.js';

const SignUpForAdmin = graphql(`mutation SignUpForAdmin($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }`);
const Lists = graphql(`query BillingLists($customerId: ID) {
  subscriptions(customerId: $customerId) { totalCount items { customerId planCode status stripeSubscriptionId } }
  invoices(customerId: $customerId) { totalCount items { status totalCents amountPaidCents lines { amountCents } } }
  stripeEvents(perPage: 5) { totalCount items { id type status } }
  outbox(status: "pending") { totalCount }
}`);
const InvoicesOnly = graphql(`query InvoicesOnly($customerId: ID) { invoices(customerId: $customerId) { totalCount } }`);
const Replay = graphql(`mutation Replay($id: ID!) { replayStripeEvent(id: $id) { id status } }`);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('billing in the console', () => {
  it('lists subscriptions, mirrored invoices, inbox events and the outbox; replays an event with one audit row', async () => {
    const signUp = await app.client.request(SignUpForAdmin, {
      input: { company: 'Console Co', email: uniqueEmail('console'), plan: 'starter' },
    });
    const customerId = signUp.data?.signUp.accountId ?? '';
    expect(await payCheckout(signUp.data?.signUp.checkoutUrl ?? '')).toBe(303);
    await settle(app);
    const admin = await signedInAdmin(app, AdminRole.ADMIN);
    const lists = await app.client.request(Lists, { customerId }, { cookie: admin.cookie });
    expect(lists.errors).toEqual([]);
    expect(lists.data?.subscriptions.items).toEqual([
      expect.objectContaining({ customerId, planCode: 'starter', status: 'active', stripeSubscriptionId: expect.stringMatching(/^sub_/) }),
    ]);
    expect(lists.data?.invoices.items[0]).toMatchObject({ status: 'paid', totalCents: 2900, amountPaidCents: 2900 });
    const [mirrored] = await app.services.orm.em
      .getConnection()
      .execute<{ lines: { lookupKey: string | null }[] | string }[]>('select lines from invoice where customer_id = ?', [customerId]);
    const lines = typeof mirrored.lines === 'string' ? (JSON.parse(mirrored.lines) as { lookupKey: string | null }[]) : mirrored.lines;
    expect(lines.map((line) => line.lookupKey)).toContain('carlo_starter_base');
    const event = lists.data?.stripeEvents.items[0];
    expect(event?.status).toMatch(/processed|ignored/);

    const replay = await app.client.request(Replay, { id: event?.id ?? '' }, { cookie: admin.cookie });
    expect(replay.data?.replayStripeEvent.status).toBe('pending');
    await settle(app);
    const audit = await app.services.orm.em
      .getConnection()
      .execute<{ n: string }[]>(`select count(*) as n from audit_log where action = 'stripe_event.replay' and target_id = ?`, [event?.id]);
    expect(audit[0].n).toBe('1');
    const after = await app.services.orm.em
      .getConnection()
      .execute<{ status: string }[]>('select status from stripe_event where id = ?', [event?.id]);
    expect(after[0].status).toMatch(/processed|ignored/);
  });

  it('lets finance read invoices but not the inbox, and refuses replays to support', async () => {
    const finance = await signedInAdmin(app, AdminRole.FINANCE);
    expect((await app.client.request(InvoicesOnly, {}, { cookie: finance.cookie })).errors).toEqual([]);
    expect(errorCodes(await app.client.request(Lists, {}, { cookie: finance.cookie }))).toContain('FORBIDDEN');
    const support = await signedInAdmin(app, AdminRole.SUPPORT);
    expect(errorCodes(await app.client.request(Replay, { id: 'evt_x' }, { cookie: support.cookie }))).toContain('FORBIDDEN');
  });
});
