import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, waitFor, WEBHOOK_SECRET, WebhookReceiver, type Harness } from '../test-harness.js';

describe('manual invoices and credit notes', () => {
  let h: Harness;
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
    h = await startHarness({ webhookEndpoints: [{ url: receiver.url, secret: WEBHOOK_SECRET }] });
  });
  afterAll(async () => {
    await h.close();
    await receiver.close();
  });

  async function customerWithCard(): Promise<Stripe.Customer> {
    const customer = await h.stripe.customers.create({ email: 'manual@example.com' });
    const pm = await h.stripe.paymentMethods.create({ type: 'card', card: { token: 'pm_card_visa' } });
    await h.stripe.paymentMethods.attach(pm.id, { customer: customer.id });
    return h.stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: pm.id } });
  }

  function eventsFor(id: string): string[] {
    return receiver.deliveries.filter((d) => (d.event.data.object as { id?: string }).id === id).map((d) => d.event.type);
  }

  it('a send_invoice invoice takes the pending items, is due after days_until_due, and is finalized then sent', async () => {
    const customer = await h.stripe.customers.create({ email: 'send@example.com' });
    await h.stripe.invoiceItems.create({ customer: customer.id, amount: 1200, currency: 'usd', description: 'Onboarding' });
    await h.stripe.invoiceItems.create({ customer: customer.id, amount: 300, currency: 'usd', description: 'Extra seat' });
    const draft = await h.stripe.invoices.create({
      customer: customer.id,
      collection_method: 'send_invoice',
      days_until_due: 30,
      pending_invoice_items_behavior: 'include',
    });
    expect(draft.lines.data.map((l) => [l.description, l.amount])).toEqual([
      ['Onboarding', 1200],
      ['Extra seat', 300],
    ]);
    expect(draft.amount_due).toBe(1500);
    expect(draft.due_date).toBe(draft.created + 30 * 86_400);
    const open = await h.stripe.invoices.finalizeInvoice(draft.id);
    expect(open.status).toBe('open');
    const sent = await h.stripe.invoices.sendInvoice(draft.id);
    expect(sent.status).toBe('open');
    await waitFor(() => eventsFor(draft.id).includes('invoice.sent'));
    expect(eventsFor(draft.id)).toEqual(['invoice.created', 'invoice.finalized', 'invoice.sent']);
  });

  it('an item priced by unit_amount_decimal bills unit x quantity, and its inline price can be retrieved', async () => {
    const customer = await h.stripe.customers.create({ email: 'unit@example.com' });
    const draft = await h.stripe.invoices.create({ customer: customer.id, collection_method: 'send_invoice', days_until_due: 7 });
    const item = await h.stripe.invoiceItems.create({
      customer: customer.id,
      invoice: draft.id,
      currency: 'usd',
      unit_amount_decimal: Stripe.Decimal.from('250'),
      quantity: 3,
      description: 'Workshop seats',
    });
    expect([item.amount, item.quantity]).toEqual([750, 3]);
    const priceId = String(item.pricing?.price_details?.price);
    const price = await h.stripe.prices.retrieve(priceId);
    expect([price.type, price.active, price.unit_amount, price.lookup_key]).toEqual(['one_time', false, 250, null]);
    await expect(
      h.stripe.invoiceItems.create({
        customer: customer.id,
        currency: 'usd',
        amount: 100,
        unit_amount_decimal: Stripe.Decimal.from('100'),
      }),
    ).rejects.toThrow(/only specify one/);
  });

  it('an item added to a draft by invoice id joins it, and pay charges the saved card', async () => {
    const customer = await customerWithCard();
    const draft = await h.stripe.invoices.create({ customer: customer.id, collection_method: 'charge_automatically' });
    await h.stripe.invoiceItems.create({ customer: customer.id, invoice: draft.id, amount: 4900, currency: 'usd', description: 'Pack' });
    const paid = await h.stripe.invoices.pay(draft.id);
    expect([paid.status, paid.amount_paid]).toEqual(['paid', 4900]);
    await waitFor(() => eventsFor(draft.id).includes('invoice.paid'));
  });

  it('days_until_due is required for send_invoice and refused for charge_automatically', async () => {
    const customer = await h.stripe.customers.create({ email: 'bad@example.com' });
    await expect(h.stripe.invoices.create({ customer: customer.id, collection_method: 'send_invoice' })).rejects.toMatchObject({
      param: 'days_until_due',
    });
    await expect(h.stripe.invoices.create({ customer: customer.id, days_until_due: 3 })).rejects.toMatchObject({ param: 'days_until_due' });
  });

  it('a credit note on an open invoice lowers its amount due, and one for the rest settles it', async () => {
    const customer = await h.stripe.customers.create({ email: 'open-credit@example.com' });
    const draft = await h.stripe.invoices.create({ customer: customer.id, collection_method: 'send_invoice', days_until_due: 7 });
    await h.stripe.invoiceItems.create({ customer: customer.id, invoice: draft.id, amount: 2000, currency: 'usd' });
    await h.stripe.invoices.finalizeInvoice(draft.id);
    const note = await h.stripe.creditNotes.create({ invoice: draft.id, amount: 500, reason: 'order_change', memo: 'Goodwill' });
    expect([note.amount, note.type, note.pre_payment_amount, note.memo]).toEqual([500, 'pre_payment', 500, 'Goodwill']);
    const after = await h.stripe.invoices.retrieve(draft.id);
    expect([after.total, after.amount_due, after.pre_payment_credit_notes_amount]).toEqual([2000, 1500, 500]);
    await expect(h.stripe.creditNotes.create({ invoice: draft.id, amount: 1600 })).rejects.toMatchObject({ param: 'amount' });
    await h.stripe.creditNotes.create({ invoice: draft.id, amount: 1500 });
    expect((await h.stripe.invoices.retrieve(draft.id)).status).toBe('paid');
    const listed = await h.stripe.creditNotes.list({ invoice: draft.id });
    expect(listed.data.map((n) => n.amount)).toEqual([1500, 500]);
    await waitFor(() => eventsFor(note.id).includes('credit_note.created'));
  });

  it('a credit note on a paid invoice refunds refund_amount on the charge and credits the rest to the balance', async () => {
    const customer = await customerWithCard();
    const draft = await h.stripe.invoices.create({ customer: customer.id });
    await h.stripe.invoiceItems.create({ customer: customer.id, invoice: draft.id, amount: 3000, currency: 'usd' });
    await h.stripe.invoices.pay(draft.id);
    const note = await h.stripe.creditNotes.create({ invoice: draft.id, amount: 1000, refund_amount: 400, credit_amount: 600 });
    expect([note.type, note.post_payment_amount, note.refunds.map((r) => r.amount_refunded)]).toEqual(['post_payment', 1000, [400]]);
    const charges = await h.stripe.charges.list({ customer: customer.id });
    expect(charges.data[0].amount_refunded).toBe(400);
    const after = await h.stripe.customers.retrieve(customer.id);
    expect('balance' in after ? after.balance : undefined).toBe(-600);
    expect((await h.stripe.invoices.retrieve(draft.id)).post_payment_credit_notes_amount).toBe(1000);
    await expect(
      h.stripe.creditNotes.create({ invoice: draft.id, amount: 500, refund_amount: 100, credit_amount: 100 }),
    ).rejects.toMatchObject({
      param: 'refund_amount',
    });
  });

  it("voiding a credit note puts an open invoice's amount back, refuses a note that refunded a card, and fires credit_note.voided", async () => {
    const customer = await h.stripe.customers.create({ email: 'void-credit@example.com' });
    const draft = await h.stripe.invoices.create({ customer: customer.id, collection_method: 'send_invoice', days_until_due: 7 });
    await h.stripe.invoiceItems.create({ customer: customer.id, invoice: draft.id, amount: 2000, currency: 'usd' });
    await h.stripe.invoices.finalizeInvoice(draft.id);
    const note = await h.stripe.creditNotes.create({ invoice: draft.id, amount: 500 });
    const voided = await h.stripe.creditNotes.voidCreditNote(note.id);
    expect([voided.status, voided.voided_at === null]).toEqual(['void', false]);
    const after = await h.stripe.invoices.retrieve(draft.id);
    expect([after.amount_due, after.pre_payment_credit_notes_amount]).toEqual([2000, 0]);
    await expect(h.stripe.creditNotes.voidCreditNote(note.id)).rejects.toMatchObject({ code: 'credit_note_already_voided' });
    await waitFor(() => eventsFor(note.id).includes('credit_note.voided'));

    const payer = await customerWithCard();
    const paid = await h.stripe.invoices.create({ customer: payer.id });
    await h.stripe.invoiceItems.create({ customer: payer.id, invoice: paid.id, amount: 3000, currency: 'usd' });
    await h.stripe.invoices.pay(paid.id);
    const refunded = await h.stripe.creditNotes.create({ invoice: paid.id, amount: 1000, refund_amount: 400, credit_amount: 600 });
    await expect(h.stripe.creditNotes.voidCreditNote(refunded.id)).rejects.toMatchObject({ code: 'credit_note_has_refunds' });
  });
});
