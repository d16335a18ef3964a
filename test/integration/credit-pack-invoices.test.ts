import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminRole } from '../../server/src/platform/staff/admin-role.js';
import { creditPack } from '../../server/src/billing/stripe/credit-packs.js';
import { graphql } from '../generated/index.js';
import { signedInAdmin, uniqueEmail } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { payCheckout, settle } from './billing-helpers.js';
import { sql } from './credits-helpers.js';

const SignUpPaid = graphql(
  `mutation SignUpPaid($input: SignUpInput!) { signUp(input: $input) { accountId checkoutUrl apiKey { secret } } }`,
);
const BuyCredits = graphql(`mutation BuyCredits($pack: String!) { buyCredits(pack: $pack) { url } }`);
const Billed = graphql(`
  query AdminTestBilled($from: String!, $to: String!, $groupBy: RevenueGroupBy!) {
    revenueReport(from: $from, to: $to, groupBy: $groupBy) { billedCents overageCents refundedCents netCents mirrorSubtotalCents invoiceCount lineCount groups { key amountCents } }
  }
`);

type MirrorRow = {
  stripe_invoice_id: string;
  status: string;
  billing_reason: string | null;
  stripe_subscription_id: string | null;
  subtotal_cents: number;
  amount_paid_cents: number;
  amount_refunded_cents: number;
  issued_at: Date;
  lines: unknown;
};

let app: TestApp;
let stripe: Stripe;
beforeAll(async () => {
  app = await startTestApp();
  stripe = app.services.billing.gateway.stripe;
});
afterAll(async () => {
  await app?.close();
});

async function payingCustomer(): Promise<{ customerId: string; key: string }> {
  const response = await app.client.request(SignUpPaid, {
    input: { company: `Pack Co ${randomUUID().slice(0, 6)}`, email: uniqueEmail('pack'), plan: 'starter' },
  });
  expect(response.errors).toEqual([]);
  expect(await payCheckout(response.data?.signUp.checkoutUrl ?? '')).toBe(303);
  await settle(app);
  return { customerId: response.data?.signUp.accountId ?? '', key: response.data?.signUp.apiKey.secret ?? '' };
}

const mirrorOf = (customerId: string) =>
  sql<MirrorRow>(
    app,
    'select stripe_invoice_id, status, billing_reason, stripe_subscription_id, subtotal_cents, amount_paid_cents, amount_refunded_cents, issued_at, lines from invoice where customer_id = ? order by issued_at, id',
    [customerId],
  );

const packInvoicesOf = async (customerId: string) => (await mirrorOf(customerId)).filter((row) => row.billing_reason === 'manual');

/** Posts a stored event to the webhook route again, signed as Stripe would, under `id`. */
async function deliver(payload: unknown, id: string): Promise<number> {
  const event = { ...(typeof payload === 'string' ? JSON.parse(payload) : payload), id };
  const body = JSON.stringify(event);
  const header = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: app.services.secrets.stripeWebhookSecret });
  const response = await fetch(`${app.url}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': header },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

/** RFC 4180 rows (quoted fields may hold commas and doubled quotes). */
function csvRows(text: string): string[][] {
  return text
    .split('\r\n')
    .filter((line) => line.length > 0)
    .map((line) =>
      [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) =>
        m[1] !== undefined ? m[1].replaceAll('""', '"') : (m[2] ?? ''),
      ),
    );
}

async function mrrOf(cookie: string, month: string, customerId: string): Promise<number> {
  const csv = await fetch(`${app.url}/reports/mrr.csv?month=${month}`, { headers: { cookie } });
  expect(csv.status).toBe(200);
  const [header, ...rows] = csvRows(await csv.text());
  const customer = header.indexOf('customer_id');
  const cents = header.indexOf('mrr_cents');
  return rows.filter((row) => row[customer] === customerId).reduce((sum, row) => sum + Number(row[cents]), 0);
}

describe('credit packs as Stripe invoices', () => {
  it('mirrors one paid invoice per pack, even when its invoice events are delivered twice and replayed', async () => {
    const { customerId, key } = await payingCustomer();
    const pack = creditPack('small');
    if (!pack) throw new Error('no small pack');
    const bought = await app.client.request(BuyCredits, { pack: pack.code }, { key });
    expect(bought.errors).toEqual([]);
    expect(await payCheckout(bought.data?.buyCredits.url ?? '')).toBe(303);
    await settle(app);

    const [invoice, ...others] = await packInvoicesOf(customerId);
    expect(others).toEqual([]);
    expect(invoice).toMatchObject({
      status: 'paid',
      stripe_subscription_id: null,
      subtotal_cents: pack.priceCents,
      amount_paid_cents: pack.priceCents,
    });
    const lines = (typeof invoice.lines === 'string' ? JSON.parse(invoice.lines) : invoice.lines) as {
      lookupKey: string | null;
      amountCents: number;
    }[];
    expect(lines.map((line) => [line.lookupKey, line.amountCents])).toEqual([[`carlo_pack_${pack.code}`, pack.priceCents]]);
    const remote = await stripe.invoices.retrieve(invoice.stripe_invoice_id);
    expect(remote.metadata).toMatchObject({ carlo_kind: 'credit_pack', carlo_pack: pack.code, carlo_customer_id: customerId });

    // The same events again (Stripe's retries), copies under new ids (two at once), and an admin replay.
    const events = await sql<{ id: string; payload: unknown }>(
      app,
      `select id, payload from stripe_event where object_id = ? and type like 'invoice.%'`,
      [invoice.stripe_invoice_id],
    );
    expect(events.map((event) => event.id).length).toBeGreaterThanOrEqual(4);
    for (const event of events) expect(await deliver(event.payload, event.id)).toBe(200);
    const copies = await Promise.all(
      events.flatMap((event) => [deliver(event.payload, `evt_copy_${randomUUID()}`), deliver(event.payload, `evt_copy_${randomUUID()}`)]),
    );
    expect(copies.every((status) => status === 200)).toBe(true);
    await sql(app, `update stripe_event set status = 'pending', processed_at = null, next_attempt_at = now() where object_id = ?`, [
      invoice.stripe_invoice_id,
    ]);
    await settle(app);
    const failed = await sql<{ n: string }>(app, `select count(*) as n from stripe_event where object_id = ? and status <> 'processed'`, [
      invoice.stripe_invoice_id,
    ]);
    expect(Number(failed[0].n)).toBe(0);
    expect((await packInvoicesOf(customerId)).map((row) => [row.stripe_invoice_id, row.status, row.subtotal_cents])).toEqual([
      [invoice.stripe_invoice_id, 'paid', pack.priceCents],
    ]);
  });

  it("counts a pack in the month's billed revenue, reconciled to the cent with the mirror, without changing MRR", async () => {
    const { customerId, key } = await payingCustomer();
    const pack = creditPack('medium');
    if (!pack) throw new Error('no medium pack');
    const finance = await signedInAdmin(app, AdminRole.FINANCE);
    const [subscriptionInvoice] = await mirrorOf(customerId);
    const month = new Date(subscriptionInvoice.issued_at).toISOString().slice(0, 7);
    const mrrBefore = await mrrOf(finance.cookie, month, customerId);
    expect(mrrBefore).toBeGreaterThan(0);

    const bought = await app.client.request(BuyCredits, { pack: pack.code }, { key });
    expect(await payCheckout(bought.data?.buyCredits.url ?? '')).toBe(303);
    await settle(app);
    const mirror = (await mirrorOf(customerId)).filter(
      (row) => ['open', 'paid'].includes(row.status) && new Date(row.issued_at).toISOString().startsWith(month),
    );
    expect(mirror.filter((row) => row.billing_reason === 'manual').map((row) => row.subtotal_cents)).toEqual([pack.priceCents]);
    const mirrorCents = mirror.reduce((sum, row) => sum + row.subtotal_cents, 0);
    expect(mirrorCents).toBe(subscriptionInvoice.subtotal_cents + pack.priceCents);

    const report = await app.client.request(Billed, { from: month, to: month, groupBy: 'CUSTOMER' }, { cookie: finance.cookie });
    expect(report.errors).toEqual([]);
    expect(report.data?.revenueReport.groups.find((group) => group.key === customerId)?.amountCents).toBe(mirrorCents);

    const csv = await fetch(`${app.url}/reports/revenue.csv?from=${month}&to=${month}`, { headers: { cookie: finance.cookie } });
    expect(csv.status).toBe(200);
    const [header, ...rows] = csvRows(await csv.text());
    const column = (name: string) => header.indexOf(name);
    const ours = rows.filter((row) => row[column('customer_id')] === customerId);
    expect(ours.reduce((sum, row) => sum + Number(row[column('amount_cents')]), 0)).toBe(mirrorCents);
    const packRows = ours.filter((row) => row[column('kind')] === 'credit_pack');
    expect(packRows.map((row) => [row[column('plan')], row[column('status')], Number(row[column('amount_cents')])])).toEqual([
      [`credit pack ${pack.code}`, 'paid', pack.priceCents],
    ]);

    // A pack is one-off revenue: the customer's recurring revenue is the plan's alone.
    expect(await mrrOf(finance.cookie, month, customerId)).toBe(mrrBefore);
  });

  it("shows a pack's refund on its mirrored invoice, so net revenue counts it", async () => {
    const { customerId, key } = await payingCustomer();
    const bought = await app.client.request(BuyCredits, { pack: 'small' }, { key });
    expect(await payCheckout(bought.data?.buyCredits.url ?? '')).toBe(303);
    await settle(app);
    const [invoice] = await packInvoicesOf(customerId);
    const remote = await stripe.invoices.retrieve(invoice.stripe_invoice_id, { expand: ['payments'] });
    const paymentIntent = remote.payments?.data[0]?.payment.payment_intent;
    expect(typeof paymentIntent).toBe('string');
    await stripe.refunds.create({ payment_intent: String(paymentIntent), amount: 400 });
    await settle(app);
    expect((await packInvoicesOf(customerId)).map((row) => row.amount_refunded_cents)).toEqual([400]);
    // A refund made in Stripe itself reaches the dated refund rows through the webhook alone.
    const refunds = await app.services.orm.em
      .getConnection()
      .execute<{ amount_cents: number }[]>(
        'select r.amount_cents from invoice_refund r join invoice i on i.id = r.invoice_id where i.stripe_invoice_id = ?',
        [invoice.stripe_invoice_id],
      );
    expect(refunds.map((row) => row.amount_cents)).toEqual([400]);
  });
});
