import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Invoice } from '../../server/src/billing/stripe/invoice.entity.js';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { type SignedInAdmin, signedInAdmin, uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { payCheckout, settle } from './billing-helpers.js';

const SignUp = graphql(`mutation InvoiceOpsSignUp($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl } }`);
const Refund = graphql(
  `mutation InvoiceOpsRefund($id: ID!, $amountCents: Int, $reason: String!) { adminRefundInvoice(id: $id, amountCents: $amountCents, reason: $reason) { id status amountPaidCents amountRefundedCents } }`,
);
const Void = graphql(`mutation InvoiceOpsVoid($id: ID!, $reason: String!) { adminVoidInvoice(id: $id, reason: $reason) { id status } }`);
const Uncollectible = graphql(
  `mutation InvoiceOpsUncollectible($id: ID!, $reason: String!) { adminMarkInvoiceUncollectible(id: $id, reason: $reason) { id status } }`,
);
const Credit = graphql(
  `mutation InvoiceOpsCredit($id: ID!, $amountCents: Int!, $refundCents: Int, $reason: String!) { adminCreditInvoice(id: $id, amountCents: $amountCents, refundCents: $refundCents, reason: $reason) { id status amountDueCents amountRefundedCents } }`,
);
const Report = graphql(
  `query InvoiceOpsReport($from: String!, $to: String!) { revenueReport(from: $from, to: $to) { billedCents refundedCents creditedCents netCents mirrorSubtotalCents } }`,
);

let app: TestApp;
let finance: SignedInAdmin;
let support: SignedInAdmin;
beforeAll(async () => {
  app = await startTestApp();
  finance = await signedInAdmin(app, AdminRole.FINANCE);
  support = await signedInAdmin(app, AdminRole.SUPPORT);
});
afterAll(async () => {
  await app?.close();
});

/** The paid first invoice of a customer who signed up for starter and paid Checkout. */
async function paidInvoice(): Promise<Invoice> {
  const response = await app.client.request(SignUp, {
    input: { company: 'Invoice Ops Co', email: uniqueEmail('invoice-ops'), plan: 'starter' },
  });
  expect(response.errors).toEqual([]);
  expect(await payCheckout(response.data?.signUp.checkoutUrl ?? '')).toBe(303);
  await settle(app);
  return app.services.orm.em.fork().findOneOrFail(Invoice, { customerId: response.data?.signUp.accountId, status: 'paid' });
}

async function audit(targetId: string): Promise<{ action: string; actor_email: string; after: { reason: string } }[]> {
  return app.services.orm.em
    .getConnection()
    .execute('select action, actor_email, after from audit_log where target_id = ? order by created_at', [targetId]);
}

const thisMonth = new Date().toISOString().slice(0, 7);

/** The refund (or credit note) line of an invoice in this month's revenue CSV (null when it has none). */
async function csvRefundCents(invoiceId: string, kind: 'refund' | 'credit_note' = 'refund'): Promise<number | null> {
  const csv = await fetch(`${app.url}/reports/revenue.csv?from=${thisMonth}&to=${thisMonth}`, { headers: { cookie: finance.cookie } });
  expect(csv.status).toBe(200);
  const row = (await csv.text()).split('\r\n').find((line) => line.includes(`,${invoiceId},`) && line.includes(`,${kind},`));
  return row ? Number(row.split(',').at(-2)) : null;
}

const report = async () =>
  (await app.client.request(Report, { from: thisMonth, to: thisMonth }, { cookie: finance.cookie })).data?.revenueReport;

describe('invoice operations', () => {
  it('refunds part then the rest of a paid invoice: Stripe, the mirror and net revenue move by exactly the refund, audited', async () => {
    const invoice = await paidInvoice();
    const before = await report();

    const partial = await app.client.request(
      Refund,
      { id: invoice.id, amountCents: 700, reason: 'Outage credit' },
      { cookie: finance.cookie },
    );
    expect(partial.errors).toEqual([]);
    expect(partial.data?.adminRefundInvoice).toMatchObject({ status: 'paid', amountRefundedCents: 700 });
    await settle(app);
    const charges = await app.services.billing.gateway.stripe.charges.list({ limit: 100 });
    expect(charges.data.find((charge) => charge.amount_refunded > 0 && charge.amount === invoice.amountPaidCents)?.amount_refunded).toBe(
      700,
    );

    const after = await report();
    expect(after?.refundedCents).toBe((before?.refundedCents ?? 0) + 700);
    expect(after?.netCents).toBe((before?.netCents ?? 0) - 700);
    expect(after?.billedCents).toBe(before?.billedCents);
    expect(after?.mirrorSubtotalCents).toBe(after?.billedCents);
    expect(await csvRefundCents(invoice.id)).toBe(-700);

    const rest = await app.client.request(Refund, { id: invoice.id, reason: 'Customer left' }, { cookie: finance.cookie });
    expect(rest.data?.adminRefundInvoice.amountRefundedCents).toBe(invoice.amountPaidCents);
    const again = await app.client.request(Refund, { id: invoice.id, reason: 'Twice by mistake' }, { cookie: finance.cookie });
    expect(errorCodes(again)).toEqual(['CONFLICT']);

    const rows = await audit(invoice.id);
    expect(rows.map((row) => [row.action, row.actor_email, row.after.reason])).toEqual([
      ['invoice.refund', finance.email, 'Outage credit'],
      ['invoice.refund', finance.email, 'Customer left'],
    ]);
  });

  it('refuses a refund above what is left, without a reason, or from support', async () => {
    const invoice = await paidInvoice();
    expect(await csvRefundCents(invoice.id)).toBeNull();
    const tooMuch = await app.client.request(
      Refund,
      { id: invoice.id, amountCents: invoice.amountPaidCents + 1, reason: 'Too much' },
      { cookie: finance.cookie },
    );
    expect(tooMuch.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountCents' });
    const noReason = await app.client.request(Refund, { id: invoice.id, amountCents: 100, reason: ' ' }, { cookie: finance.cookie });
    expect(noReason.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const bySupport = await app.client.request(
      Refund,
      { id: invoice.id, amountCents: 100, reason: 'Support tries' },
      { cookie: support.cookie },
    );
    expect(errorCodes(bySupport)).toEqual(['FORBIDDEN']);
    const unknown = await app.client.request(Refund, { id: 'nope', reason: 'Unknown invoice' }, { cookie: finance.cookie });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(await audit(invoice.id)).toEqual([]);
  });

  it('voids or writes off only open invoices, and not for support', async () => {
    const invoice = await paidInvoice();
    const voided = await app.client.request(Void, { id: invoice.id, reason: 'Billed by mistake' }, { cookie: finance.cookie });
    expect(errorCodes(voided)).toEqual(['CONFLICT']);
    expect(voided.errors[0]?.message).toContain('refunded instead');
    const writtenOff = await app.client.request(Uncollectible, { id: invoice.id, reason: 'Gone bust' }, { cookie: finance.cookie });
    expect(errorCodes(writtenOff)).toEqual(['CONFLICT']);
    const bySupport = await app.client.request(Void, { id: invoice.id, reason: 'Support tries' }, { cookie: support.cookie });
    expect(errorCodes(bySupport)).toEqual(['FORBIDDEN']);
    expect(await audit(invoice.id)).toEqual([]);
  });

  it('a credit note on a paid invoice refunds its refund part on the card and credits the rest to the Stripe balance, audited', async () => {
    const invoice = await paidInvoice();
    const before = await report();
    const credited = await app.client.request(
      Credit,
      { id: invoice.id, amountCents: 900, refundCents: 300, reason: 'Slow week' },
      { cookie: finance.cookie },
    );
    expect(credited.errors).toEqual([]);
    expect(credited.data?.adminCreditInvoice).toMatchObject({ status: 'paid', amountRefundedCents: 300 });
    const stripe = app.services.billing.gateway.stripe;
    const notes = await stripe.creditNotes.list({ invoice: invoice.stripeInvoiceId });
    expect(notes.data.map((n) => [n.amount, n.post_payment_amount, n.refunds.map((r) => r.amount_refunded)])).toEqual([[900, 900, [300]]]);
    const customer = await stripe.customers.retrieve(String((await stripe.invoices.retrieve(invoice.stripeInvoiceId)).customer));
    expect('balance' in customer ? customer.balance : undefined).toBe(-600);
    // Net revenue falls by the whole note: its refund part as a refund, the rest as credited; billed stays.
    await settle(app);
    const after = await report();
    expect(after?.refundedCents).toBe((before?.refundedCents ?? 0) + 300);
    expect(after?.creditedCents).toBe((before?.creditedCents ?? 0) + 600);
    expect(after?.netCents).toBe((before?.netCents ?? 0) - 900);
    expect(after?.billedCents).toBe(before?.billedCents);
    expect(await csvRefundCents(invoice.id)).toBe(-300);
    expect(await csvRefundCents(invoice.id, 'credit_note')).toBe(-600);
    const rows = await audit(invoice.id);
    expect(rows.map((r) => [r.action, r.actor_email, r.after.reason])).toEqual([['invoice.credit_note', finance.email, 'Slow week']]);
  });

  it('refuses a credit note above the invoice, a refund above the credit, or from support', async () => {
    const invoice = await paidInvoice();
    const tooMuch = await app.client.request(
      Credit,
      { id: invoice.id, amountCents: invoice.amountPaidCents + 1, reason: 'Too much' },
      { cookie: finance.cookie },
    );
    expect(tooMuch.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountCents' });
    const refundTooBig = await app.client.request(
      Credit,
      { id: invoice.id, amountCents: 100, refundCents: 200, reason: 'Refund too big' },
      { cookie: finance.cookie },
    );
    expect(refundTooBig.errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'refundCents' });
    const bySupport = await app.client.request(
      Credit,
      { id: invoice.id, amountCents: 100, reason: 'Support tries' },
      { cookie: support.cookie },
    );
    expect(errorCodes(bySupport)).toEqual(['FORBIDDEN']);
    expect(await audit(invoice.id)).toEqual([]);
  });
});
