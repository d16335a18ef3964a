import Stripe from 'stripe';
import { ErrorCode, appError } from '../../platform/graphql/index.js';
import { StripeGateway } from './stripe-gateway.js';

export type Collection = { attemptCount: number; nextAttemptAt: Date | null; status: string };

/** Where Stripe's collection of an open invoice stands: attempts made and the next one scheduled. */
export async function invoiceCollection(gateway: StripeGateway, stripeInvoiceId: string): Promise<Collection> {
  const invoice = await gateway.call((stripe) => stripe.invoices.retrieve(stripeInvoiceId));
  return {
    attemptCount: invoice.attempt_count,
    nextAttemptAt: invoice.next_payment_attempt ? new Date(invoice.next_payment_attempt * 1000) : null,
    status: invoice.status ?? 'open',
  };
}

export type RetryOutcome = { paid: boolean; message: string };

/**
 * Charges the open invoice now with the customer's saved card, off session, as Stripe's own retry
 * would. A decline is an answer, not a failure: it comes back as `paid: false` with Stripe's words.
 */
export async function retryInvoicePayment(gateway: StripeGateway, stripeInvoiceId: string, requestId: string): Promise<RetryOutcome> {
  try {
    const invoice = await gateway.call((stripe) =>
      stripe.invoices.pay(
        stripeInvoiceId,
        { off_session: true },
        { idempotencyKey: StripeGateway.key('dunning-retry', stripeInvoiceId, requestId) },
      ),
    );
    return { paid: invoice.status === 'paid', message: invoice.status === 'paid' ? 'Paid.' : `The invoice is ${invoice.status}.` };
  } catch (error) {
    if (error instanceof Stripe.errors.StripeCardError) return { paid: false, message: `Stripe declined the card: ${error.message}` };
    if (error instanceof Stripe.errors.StripeInvalidRequestError)
      throw appError(ErrorCode.CONFLICT, `Stripe refused: ${error.message} Reload the queue and try again.`);
    throw error;
  }
}
