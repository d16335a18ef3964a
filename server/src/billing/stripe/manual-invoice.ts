import type { EntityManager } from '@mikro-orm/postgresql';
import Stripe from 'stripe';
import type { Customer } from '../../domain/customers/index.js';
import { ErrorCode, appError } from '../../platform/graphql/index.js';
import type { Invoice } from './invoice.entity.js';
import { refusedByStripe } from './invoice-operations.js';
import { ManualInvoiceCollection, checkManualInvoice, type ManualInvoiceRequest } from './manual-invoice-rules.js';
import { mirrorInvoice } from './stripe-event.handlers.js';
import { StripeGateway } from './stripe-gateway.js';

/**
 * A one-off invoice through Stripe's own API: a draft that takes no pending items (so nothing
 * queued for the next renewal slips onto it), one invoice item per line on that draft, then
 * finalize, then send it (e-mailed, due in `daysUntilDue`) or pay it (the saved card, now).
 * Every call carries an idempotency key derived from the request, so a retried request creates
 * nothing twice. The mirror row is written from Stripe's answer before returning; the invoice's
 * webhooks then find it and write the same values.
 */
export async function createManualInvoice(
  em: EntityManager,
  gateway: StripeGateway,
  customer: Customer,
  request: ManualInvoiceRequest,
  requestId: string,
): Promise<Invoice> {
  const stripeCustomerId = customer.stripeCustomerId;
  if (!stripeCustomerId)
    throw appError(
      ErrorCode.CONFLICT,
      'This customer has no Stripe customer yet, so Stripe cannot bill it; it gets one at its first Checkout.',
    );
  const remote = await gateway.call((stripe) => stripe.customers.retrieve(stripeCustomerId));
  if (remote.deleted) throw appError(ErrorCode.CONFLICT, "This customer's Stripe customer was deleted; Stripe cannot bill it.");
  // Stripe fixes a customer's currency at its first invoice; ours are priced in USD until then.
  const currency = remote.currency ?? 'usd';
  const { daysUntilDue } = checkManualInvoice(request, currency);
  const charge = request.collection === ManualInvoiceCollection.CHARGE_AUTOMATICALLY;
  const draft = await refusedByStripe(() =>
    gateway.call((stripe) =>
      stripe.invoices.create(
        {
          customer: stripeCustomerId,
          collection_method: request.collection,
          ...(daysUntilDue === null ? {} : { days_until_due: daysUntilDue }),
          ...(request.memo ? { description: request.memo } : {}),
          currency,
          pending_invoice_items_behavior: 'exclude',
          auto_advance: false,
          metadata: { carlo_kind: 'one_off', carlo_customer_id: customer.id },
        },
        { idempotencyKey: StripeGateway.key('manual-invoice', customer.id, requestId) },
      ),
    ),
  );
  const draftId = draft.id;
  if (!draftId) throw new Error('Stripe answered a created invoice without an id');
  for (const [index, line] of request.lines.entries()) {
    await refusedByStripe(() =>
      gateway.call((stripe) =>
        stripe.invoiceItems.create(
          {
            customer: stripeCustomerId,
            invoice: draftId,
            currency,
            description: line.description.trim(),
            quantity: line.quantity,
            unit_amount_decimal: Stripe.Decimal.from(String(line.unitAmountCents)),
          },
          { idempotencyKey: StripeGateway.key('manual-invoice-item', draftId, index) },
        ),
      ),
    );
  }
  await refusedByStripe(() =>
    gateway.call((stripe) =>
      stripe.invoices.finalizeInvoice(
        draftId,
        // A charged invoice keeps Stripe's automatic retries if the first charge fails.
        { auto_advance: charge },
        { idempotencyKey: StripeGateway.key('manual-invoice-finalize', draftId) },
      ),
    ),
  );
  if (charge) await chargeNow(gateway, draftId);
  else
    await refusedByStripe(() =>
      gateway.call((stripe) =>
        stripe.invoices.sendInvoice(draftId, {}, { idempotencyKey: StripeGateway.key('manual-invoice-send', draftId) }),
      ),
    );
  return em.transactional(async (tx) => (await mirrorInvoice({ em: tx, gateway }, draftId)).row);
}

/** A declined card leaves the invoice open, as Stripe does; the failure reaches the mirror and dunning by webhook. */
async function chargeNow(gateway: StripeGateway, invoiceId: string): Promise<void> {
  try {
    await gateway.call((stripe) =>
      stripe.invoices.pay(invoiceId, {}, { idempotencyKey: StripeGateway.key('manual-invoice-pay', invoiceId) }),
    );
  } catch (error) {
    if (error instanceof Stripe.errors.StripeCardError) return;
    if (error instanceof Stripe.errors.StripeInvalidRequestError)
      throw appError(ErrorCode.CONFLICT, `Stripe created the invoice but refused to charge it: ${error.message} It stays open.`);
    throw error;
  }
}
