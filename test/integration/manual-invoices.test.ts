import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Customer } from '../../server/src/domain/customers/customer.entity.js';
import { Invoice } from '../../server/src/billing/stripe/invoice.entity.js';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { type SignedInAdmin, signedInAdmin, uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { invoiceWithOverage } from '../support/invoice-with-overage.js';
import { payCheckout, settle } from './billing-helpers.js';

const SignUp = graphql(`mutation ManualInvoiceSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }`);
const Create = graphql(
  `mutation ManualInvoiceCreate($customerId: ID!, $input: ManualInvoiceInput!, $reason: String!) { adminCreateInvoice(customerId: $customerId, input: $input, reason: $reason) { id stripeInvoiceId number status billingReason totalCents amountDueCents amountPaidCents lines { description quantity amountCents } } }`,
);
const Credit = graphql(
  `mutation ManualInvoiceCredit($id: ID!, $amountCents: Int!, $refundCents: Int, $reason: String!) { adminCreditInvoice(id: $id, amountCents: $amountCents, refundCents: $refundCents, reason: $reason) { id creditNotes { number amountCents refundCents balanceCents status memo } } }`,
);
const Invoices = graphql(
  `query ManualInvoiceList($customerId: ID, $hasOverage: Boolean) { invoices(customerId: $customerId, hasOverage: $hasOverage, perPage: 50) { totalCount items { id billingReason status creditNotes { stripeCreditNoteId amountCents } } } }`,
);
const Report = graphql(
  `query ManualInvoiceReport($from: String!, $to: String!) { revenueReport(from: $from, to: $to, groupBy: CUSTOMER) { groups { key amountCents overageCents } } }`,
);
const VoidNote = graphql(
  `mutation ManualInvoiceVoidNote($id: ID!, $reason: String!) { adminVoidCreditNote(id: $id, reason: $reason) { id status amountDueCents creditNotes { id status } } }`,
);
const Notes = graphql(`query ManualInvoiceNotes($id: ID!) { adminInvoice(id: $id) { invoice { creditNotes { id status refundCents } } } }`);
const Replay = graphql(`mutation ManualInvoiceReplay($id: ID!) { replayStripeEvent(id: $id) { id status } }`);
const Mrr = graphql(`query ManualInvoiceMrr($month: String!) { mrrReport(month: $month) { lines { customerId mrrCents } } }`);

let app: TestApp;
let finance: SignedInAdmin;
let support: SignedInAdmin;
let admin: SignedInAdmin;
beforeAll(async () => {
  app = await startTestApp();
  finance = await signedInAdmin(app, AdminRole.FINANCE);
  support = await signedInAdmin(app, AdminRole.SUPPORT);
  admin = await signedInAdmin(app, AdminRole.ADMIN);
});
afterAll(async () => {
  await app?.close();
});

const thisMonth = new Date().toISOString().slice(0, 7);
const STARTER_BASE_CENTS = 2900;

/** A customer on starter who paid Checkout, so Stripe holds its card. */
async function payingCustomer(): Promise<string> {
  const response = await app.client.request(SignUp, {
    input: { company: 'One-off Co', email: uniqueEmail('manual-invoice'), plan: 'starter' },
  });
  expect(response.errors).toEqual([]);
  expect(await payCheckout(response.data?.signUp.checkoutUrl ?? '')).toBe(303);
  await settle(app);
  return response.data?.signUp.accountId ?? '';
}

async function stripeInvoiceCount(customerId: string): Promise<number> {
  const customer = await app.services.orm.em.fork().findOneOrFail(Customer, customerId);
  const list = await app.services.billing.gateway.stripe.invoices.list({ customer: customer.stripeCustomerId ?? '', limit: 100 });
  return list.data.length;
}

const lines = [
  { description: 'Onboarding workshop', quantity: 2, unitAmountCents: 15_000 },
  { description: 'Custom model review', quantity: 1, unitAmountCents: 7_500 },
];

describe('manual one-off invoices', () => {
  it('finance creates, finalizes and sends one: Stripe bills it, the mirror lists it, revenue counts it as non-recurring, audited', async () => {
    const customerId = await payingCustomer();
    const sent = await app.client.request(
      Create,
      { customerId, input: { lines, collection: 'SEND_INVOICE', daysUntilDue: 14, memo: 'Thank you' }, reason: 'Workshop in March' },
      { cookie: finance.cookie },
    );
    expect(sent.errors).toEqual([]);
    const invoice = sent.data?.adminCreateInvoice;
    expect(invoice).toMatchObject({ status: 'open', billingReason: 'manual', totalCents: 37_500, amountDueCents: 37_500 });
    expect(invoice?.number).toMatch(/\S/);
    expect(invoice?.lines.map((line) => [line.description, line.quantity, line.amountCents])).toEqual([
      ['Onboarding workshop', 2, 30_000],
      ['Custom model review', 1, 7_500],
    ]);
    const remote = await app.services.billing.gateway.stripe.invoices.retrieve(invoice?.stripeInvoiceId ?? '');
    expect([remote.collection_method, remote.description, remote.due_date]).toEqual([
      'send_invoice',
      'Thank you',
      remote.created + 14 * 86_400,
    ]);

    const charged = await app.client.request(
      Create,
      {
        customerId,
        input: { lines: [{ description: 'Priority support', quantity: 3, unitAmountCents: 1_000 }], collection: 'CHARGE_AUTOMATICALLY' },
        reason: 'Support add-on',
      },
      { cookie: finance.cookie },
    );
    expect(charged.errors).toEqual([]);
    expect(charged.data?.adminCreateInvoice).toMatchObject({ status: 'paid', totalCents: 3_000, amountPaidCents: 3_000 });

    // The webhooks (invoice.created, finalized, sent, paid) converge on the rows the mutation wrote.
    await settle(app);
    const rows = await app.services.orm.em.fork().find(Invoice, { customerId, billingReason: 'manual' });
    expect(rows.map((row) => [row.status, row.totalCents]).sort()).toEqual([
      ['open', 37_500],
      ['paid', 3_000],
    ]);
    const list = await app.client.request(Invoices, { customerId }, { cookie: finance.cookie });
    expect(list.data?.invoices.items.filter((item) => item.billingReason === 'manual')).toHaveLength(2);

    const report = await app.client.request(Report, { from: thisMonth, to: thisMonth }, { cookie: finance.cookie });
    const group = report.data?.revenueReport.groups.find((candidate) => candidate.key === customerId);
    expect(group).toMatchObject({ amountCents: STARTER_BASE_CENTS + 37_500 + 3_000, overageCents: 0 });
    const mrr = await app.client.request(Mrr, { month: thisMonth }, { cookie: finance.cookie });
    expect(mrr.data?.mrrReport.lines.find((line) => line.customerId === customerId)?.mrrCents).toBe(STARTER_BASE_CENTS);

    const audit = await app.services.orm.em
      .getConnection()
      .execute<{ action: string; actor_email: string; after: { reason: string; totalCents: number } }[]>(
        `select action, actor_email, after from audit_log where target_id = ? and action = 'invoice.create_manual' order by created_at`,
        [customerId],
      );
    expect(audit.map((row) => [row.actor_email, row.after.reason, row.after.totalCents])).toEqual([
      [finance.email, 'Workshop in March', 37_500],
      [finance.email, 'Support add-on', 3_000],
    ]);
  });

  it('refuses bad lines, a foreign currency and due days on a charged invoice with field errors, and support, creating nothing', async () => {
    const customerId = await payingCustomer();
    const before = await stripeInvoiceCount(customerId);
    const refused = async (input: Record<string, unknown>, field: string) => {
      const response = await app.client.request(
        Create,
        { customerId, input: { lines, ...input } as never, reason: 'Checking the rules' },
        { cookie: finance.cookie },
      );
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors[0]?.extensions?.field).toBe(field);
    };
    await refused({ lines: [{ description: 'Seats', quantity: 0, unitAmountCents: 100 }] }, 'lines.0.quantity');
    await refused({ lines: [lines[0], { description: 'Seats', quantity: 1, unitAmountCents: 0 }] }, 'lines.1.unitAmountCents');
    await refused({ lines: [{ description: '  ', quantity: 1, unitAmountCents: 100 }] }, 'lines.0.description');
    await refused({ lines: [] }, 'lines');
    await refused({ currency: 'eur' }, 'currency');
    await refused({ collection: 'CHARGE_AUTOMATICALLY', daysUntilDue: 10 }, 'daysUntilDue');
    const bySupport = await app.client.request(Create, { customerId, input: { lines }, reason: 'Not my job' }, { cookie: support.cookie });
    expect(errorCodes(bySupport)).toEqual(['FORBIDDEN']);
    expect(await stripeInvoiceCount(customerId)).toBe(before);
  });

  it('a credit note is mirrored once, whether it comes from the answer, its webhook, a duplicate delivery or a replay', async () => {
    const customerId = await payingCustomer();
    const charged = await app.client.request(
      Create,
      {
        customerId,
        input: { lines: [{ description: 'Training day', quantity: 1, unitAmountCents: 20_000 }], collection: 'CHARGE_AUTOMATICALLY' },
        reason: 'Training',
      },
      { cookie: finance.cookie },
    );
    const invoiceId = charged.data?.adminCreateInvoice.id ?? '';
    const credited = await app.client.request(
      Credit,
      { id: invoiceId, amountCents: 5_000, refundCents: 2_000, reason: 'Half day cancelled' },
      { cookie: finance.cookie },
    );
    expect(credited.errors).toEqual([]);
    expect(credited.data?.adminCreditInvoice.creditNotes).toEqual([
      {
        number: expect.stringMatching(/CN/),
        amountCents: 5_000,
        refundCents: 2_000,
        balanceCents: 3_000,
        status: 'issued',
        memo: 'Half day cancelled',
      },
    ]);
    await settle(app);

    const connection = app.services.orm.em.getConnection();
    const [event] = await connection.execute<{ id: string; payload: Record<string, unknown> }[]>(
      `select id, payload from stripe_event where type = 'credit_note.created' and payload->'data'->'object'->>'invoice' = ?`,
      [charged.data?.adminCreateInvoice.stripeInvoiceId ?? ''],
    );
    expect(event).toBeDefined();
    const deliver = async (id: string) => {
      const body = JSON.stringify({ ...event.payload, id });
      const header = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: app.services.secrets.stripeWebhookSecret });
      const response = await fetch(`${app.url}/webhooks/stripe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': header },
        body,
      });
      await response.arrayBuffer();
      return response.status;
    };
    // The same event again (the inbox drops it) and the same change under a new event id (the handler finds the row).
    expect(await deliver(event.id)).toBe(200);
    expect(await deliver(`${event.id}_again`)).toBe(200);
    await settle(app);
    const replayed = await app.client.request(Replay, { id: event.id }, { cookie: admin.cookie });
    expect(replayed.errors).toEqual([]);
    await settle(app);

    const rows = await connection.execute<{ n: string }[]>(`select count(*) as n from credit_note where stripe_invoice_id = ?`, [
      charged.data?.adminCreateInvoice.stripeInvoiceId ?? '',
    ]);
    expect(Number(rows[0].n)).toBe(1);
    const list = await app.client.request(Invoices, { customerId }, { cookie: support.cookie });
    const listed = list.data?.invoices.items.find((item) => item.id === invoiceId);
    expect(listed?.creditNotes.map((note) => note.amountCents)).toEqual([5_000]);
  });

  it('a credit note voided in Stripe shows as void on its invoice once credit_note.voided arrives, and the amount is due again', async () => {
    const customerId = await payingCustomer();
    const sent = await app.client.request(
      Create,
      { customerId, input: { lines: [{ description: 'Audit', quantity: 1, unitAmountCents: 9_000 }] }, reason: 'Audit work' },
      { cookie: finance.cookie },
    );
    const invoiceId = sent.data?.adminCreateInvoice.id ?? '';
    const credited = await app.client.request(
      Credit,
      { id: invoiceId, amountCents: 1_000, reason: 'Goodwill' },
      { cookie: finance.cookie },
    );
    expect(credited.data?.adminCreditInvoice.creditNotes.map((note) => [note.status, note.refundCents, note.balanceCents])).toEqual([
      ['issued', 0, 0],
    ]);
    await settle(app);
    const notes = await app.services.billing.gateway.stripe.creditNotes.list({ invoice: sent.data?.adminCreateInvoice.stripeInvoiceId });
    await app.services.billing.gateway.stripe.creditNotes.voidCreditNote(notes.data[0]?.id ?? '');
    await settle(app);
    const list = await app.client.request(Invoices, { customerId }, { cookie: finance.cookie });
    expect(list.data?.invoices.items.find((item) => item.id === invoiceId)?.creditNotes).toHaveLength(1);
    const stored = await app.services.orm.em.fork().findOneOrFail(Invoice, invoiceId);
    expect(stored.amountDueCents).toBe(9_000);
    const [row] = await app.services.orm.em
      .getConnection()
      .execute<{ status: string }[]>('select status from credit_note where stripe_invoice_id = ?', [stored.stripeInvoiceId]);
    expect(row.status).toBe('void');
  });

  it('finance voids a credit note from the console: the amount is due again, the note reads void, audited; a refunding note, a second void and support are refused', async () => {
    const customerId = await payingCustomer();
    const sent = await app.client.request(
      Create,
      { customerId, input: { lines: [{ description: 'Review', quantity: 1, unitAmountCents: 6_000 }] }, reason: 'Model review' },
      { cookie: finance.cookie },
    );
    const invoiceId = sent.data?.adminCreateInvoice.id ?? '';
    await app.client.request(Credit, { id: invoiceId, amountCents: 1_500, reason: 'Late delivery' }, { cookie: finance.cookie });
    const noteId =
      (await app.client.request(Notes, { id: invoiceId }, { cookie: finance.cookie })).data?.adminInvoice.invoice.creditNotes[0]?.id ?? '';
    expect(errorCodes(await app.client.request(VoidNote, { id: noteId, reason: 'Not mine' }, { cookie: support.cookie }))).toEqual([
      'FORBIDDEN',
    ]);
    const noReason = await app.client.request(VoidNote, { id: noteId, reason: '' }, { cookie: finance.cookie });
    expect(noReason.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

    const voided = await app.client.request(VoidNote, { id: noteId, reason: 'Credit was a mistake' }, { cookie: finance.cookie });
    expect(voided.errors).toEqual([]);
    expect(voided.data?.adminVoidCreditNote).toMatchObject({
      status: 'open',
      amountDueCents: 6_000,
      creditNotes: [{ id: noteId, status: 'void' }],
    });
    const remote = await app.services.billing.gateway.stripe.invoices.retrieve(sent.data?.adminCreateInvoice.stripeInvoiceId ?? '');
    expect(remote.amount_remaining).toBe(6_000);
    const again = await app.client.request(VoidNote, { id: noteId, reason: 'Credit was a mistake' }, { cookie: finance.cookie });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    await settle(app);
    const audit = await app.services.orm.em
      .getConnection()
      .execute<{ actor_email: string; after: { reason: string } }[]>(
        `select actor_email, after from audit_log where target_id = ? and action = 'invoice.credit_note_void'`,
        [invoiceId],
      );
    expect(audit.map((row) => [row.actor_email, row.after.reason])).toEqual([[finance.email, 'Credit was a mistake']]);

    const charged = await app.client.request(
      Create,
      {
        customerId,
        input: { lines: [{ description: 'Seats', quantity: 1, unitAmountCents: 4_000 }], collection: 'CHARGE_AUTOMATICALLY' },
        reason: 'Seats',
      },
      { cookie: finance.cookie },
    );
    const paidId = charged.data?.adminCreateInvoice.id ?? '';
    await app.client.request(
      Credit,
      { id: paidId, amountCents: 1_000, refundCents: 1_000, reason: 'Seat unused' },
      { cookie: finance.cookie },
    );
    const refunding = (await app.client.request(Notes, { id: paidId }, { cookie: finance.cookie })).data?.adminInvoice.invoice
      .creditNotes[0];
    expect(refunding?.refundCents).toBe(1_000);
    const refused = await app.client.request(VoidNote, { id: refunding?.id ?? '', reason: 'Try anyway' }, { cookie: finance.cookie });
    expect(errorCodes(refused)).toEqual(['CONFLICT']);
    expect(refused.errors[0]?.message).toContain('a refund cannot be taken back');
    expect(errorCodes(await app.client.request(VoidNote, { id: 'nope', reason: 'Missing note' }, { cookie: finance.cookie }))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('invoices(hasOverage: true) lists an invoice with an overage line and leaves out one-off and plain invoices', async () => {
    const { invoice, customerId } = await invoiceWithOverage(app);
    const withOverage = await app.client.request(Invoices, { customerId, hasOverage: true }, { cookie: finance.cookie });
    expect(withOverage.data?.invoices.items.map((item) => item.id)).toEqual([invoice.id]);
    const payer = await payingCustomer();
    await app.client.request(
      Create,
      { customerId: payer, input: { lines, collection: 'CHARGE_AUTOMATICALLY' }, reason: 'No overage here' },
      { cookie: finance.cookie },
    );
    const all = await app.client.request(Invoices, { customerId: payer }, { cookie: finance.cookie });
    expect(all.data?.invoices.totalCount).toBe(2);
    const none = await app.client.request(Invoices, { customerId: payer, hasOverage: true }, { cookie: finance.cookie });
    expect(none.data?.invoices.totalCount).toBe(0);
  });
});
