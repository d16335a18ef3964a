import type { EntityManager } from '@mikro-orm/postgresql';
import Stripe from 'stripe';
import { ErrorCode, appError } from '../../platform/graphql/index.js';
import type { Invoice } from './invoice.entity.js';
import { recordInvoiceRefunds } from './invoice-refund-record.js';
import { StripeGateway } from './stripe-gateway.js';

/**
 * Finance's operations on one invoice, done through Stripe. The mirror row is updated from
 * Stripe's answer at once, so the console shows the result before the webhook arrives; the
 * webhook then writes the same values again, so both paths converge.
 */

/** Refunds `amountCents` of the invoice's payment, or all that is left of it when no amount is given. */
export async function refundInvoice(
  em: EntityManager,
  gateway: StripeGateway,
  row: Invoice,
  amountCents: number | null,
  requestId: string,
): Promise<Invoice> {
  const refundableCents = row.amountPaidCents - row.amountRefundedCents;
  if (row.status !== 'paid' || refundableCents <= 0)
    throw appError(ErrorCode.CONFLICT, `Invoice ${row.number ?? row.stripeInvoiceId} has nothing left to refund: it is ${row.status}.`);
  const amount = amountCents ?? refundableCents;
  if (!Number.isInteger(amount) || amount <= 0 || amount > refundableCents)
    throw appError(ErrorCode.BAD_USER_INPUT, `Refund between 1 and ${refundableCents} cents, the part of this invoice not yet refunded.`, {
      field: 'amountCents',
    });
  const paymentIntent = await paymentIntentOf(gateway, row.stripeInvoiceId);
  const refund = await refusedByStripe(() =>
    gateway.call((stripe) =>
      stripe.refunds.create(
        { payment_intent: paymentIntent, amount, reason: 'requested_by_customer', metadata: { invoice: row.stripeInvoiceId } },
        { idempotencyKey: StripeGateway.key('invoice-refund', row.stripeInvoiceId, requestId) },
      ),
    ),
  );
  const charge = await gateway.call((stripe) => stripe.charges.retrieve(String(refund.charge)));
  row.amountRefundedCents = charge.amount_refunded;
  await recordInvoiceRefunds(em, row, [refund]);
  await em.flush();
  return row;
}

/** Voids an open invoice: it no longer counts as billed revenue and is never collected. */
export async function voidInvoice(em: EntityManager, gateway: StripeGateway, row: Invoice): Promise<Invoice> {
  requireOpen(row, 'voided');
  const remote = await refusedByStripe(() => gateway.call((stripe) => stripe.invoices.voidInvoice(row.stripeInvoiceId)));
  row.status = remote.status ?? 'void';
  row.amountDueCents = remote.amount_remaining;
  await em.flush();
  return row;
}

/** Gives up collecting an open invoice; like a void, it leaves billed revenue (docs/revenue-metrics.md). */
export async function markInvoiceUncollectible(em: EntityManager, gateway: StripeGateway, row: Invoice): Promise<Invoice> {
  requireOpen(row, 'marked uncollectible');
  const remote = await refusedByStripe(() => gateway.call((stripe) => stripe.invoices.markUncollectible(row.stripeInvoiceId)));
  row.status = remote.status ?? 'uncollectible';
  await em.flush();
  return row;
}

function requireOpen(row: Invoice, outcome: string): void {
  if (row.status !== 'open')
    throw appError(
      ErrorCode.CONFLICT,
      `Only an open invoice can be ${outcome}; ${row.number ?? row.stripeInvoiceId} is ${row.status}. A paid invoice is refunded instead.`,
    );
}

/** The payment that settled the invoice; Stripe lists an invoice's payments only when expanded. */
async function paymentIntentOf(gateway: StripeGateway, stripeInvoiceId: string): Promise<string> {
  const invoice = await gateway.call((stripe) => stripe.invoices.retrieve(stripeInvoiceId, { expand: ['payments'] }));
  const paid = invoice.payments?.data.find((payment) => payment.status === 'paid' && payment.payment.payment_intent);
  const intent = paid?.payment.payment_intent;
  if (!intent) throw appError(ErrorCode.CONFLICT, `Stripe lists no card payment on ${stripeInvoiceId}, so there is nothing to refund.`);
  return typeof intent === 'string' ? intent : intent.id;
}

/** Stripe's refusal of a request (the invoice moved on meanwhile) reads as a conflict with Stripe's own words. */
export async function refusedByStripe<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Stripe.errors.StripeInvalidRequestError)
      throw appError(ErrorCode.CONFLICT, `Stripe refused: ${error.message} Reload the invoice and try again.`);
    throw error;
  }
}
