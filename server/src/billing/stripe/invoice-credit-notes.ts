import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode, appError } from '../../platform/graphql/index.js';
import type { CreditNote } from './credit-note.entity.js';
import type { Invoice } from './invoice.entity.js';
import { refusedByStripe } from './invoice-operations.js';
import { StripeGateway } from './stripe-gateway.js';
import { recordCreditNote } from './credit-note-record.js';

export type CreditNoteOutcome = { creditNoteId: string; amountCents: number; refundedCents: number; balanceCreditCents: number };

/**
 * Issues a Stripe credit note of `amountCents` on the invoice. An open invoice's amount due drops by
 * it; on a paid one `refundCents` of it is refunded on the card and the rest goes to the customer's
 * Stripe balance, which Stripe applies to the next invoice.
 */
export async function creditInvoice(
  em: EntityManager,
  gateway: StripeGateway,
  row: Invoice,
  input: { amountCents: number; refundCents: number; memo: string },
  requestId: string,
): Promise<CreditNoteOutcome> {
  const limitCents = row.status === 'open' ? row.amountDueCents : row.status === 'paid' ? row.amountPaidCents - row.amountRefundedCents : 0;
  if (limitCents <= 0)
    throw appError(
      ErrorCode.CONFLICT,
      `Invoice ${row.number ?? row.stripeInvoiceId} is ${row.status}; only open or paid invoices take a credit note.`,
    );
  if (!Number.isInteger(input.amountCents) || input.amountCents <= 0 || input.amountCents > limitCents)
    throw appError(ErrorCode.BAD_USER_INPUT, `Credit between 1 and ${limitCents} cents.`, { field: 'amountCents' });
  const refundCents = row.status === 'paid' ? input.refundCents : 0;
  if (
    !Number.isInteger(input.refundCents) ||
    input.refundCents < 0 ||
    input.refundCents > input.amountCents ||
    (row.status === 'open' && input.refundCents > 0)
  )
    throw appError(
      ErrorCode.BAD_USER_INPUT,
      row.status === 'open'
        ? 'An open invoice is not refunded: the credit lowers what is due. Leave the refund at 0.'
        : `Refund between 0 and the credit (${input.amountCents} cents); the rest goes to the customer's balance.`,
      { field: 'refundCents' },
    );
  const paid = row.status === 'paid';
  const note = await refusedByStripe(() =>
    gateway.call((stripe) =>
      stripe.creditNotes.create(
        {
          invoice: row.stripeInvoiceId,
          amount: input.amountCents,
          memo: input.memo,
          ...(paid ? { refund_amount: refundCents, credit_amount: input.amountCents - refundCents } : {}),
        },
        { idempotencyKey: StripeGateway.key('invoice-credit-note', row.stripeInvoiceId, requestId) },
      ),
    ),
  );
  const remote = await gateway.call((stripe) => stripe.invoices.retrieve(row.stripeInvoiceId));
  row.amountDueCents = remote.amount_remaining;
  row.status = remote.status ?? row.status;
  const refund = note.refunds[0]?.refund;
  if (refund) {
    // The charge's own total, as the charge.refunded webhook writes it, so both paths converge.
    const refundId = typeof refund === 'string' ? refund : refund.id;
    const { charge } = await gateway.call((stripe) => stripe.refunds.retrieve(refundId));
    if (charge) row.amountRefundedCents = (await gateway.call((stripe) => stripe.charges.retrieve(String(charge)))).amount_refunded;
  }
  await em.flush();
  // The list on the invoice page shows the note at once; its webhook finds the row and leaves one.
  await em.transactional((tx) => recordCreditNote(tx, gateway, note.id));
  return {
    creditNoteId: note.id,
    amountCents: note.amount,
    refundedCents: refundCents,
    balanceCreditCents: paid ? input.amountCents - refundCents : 0,
  };
}

/**
 * Voids a credit note: an open invoice's amount due grows back by it, and a credit put on the
 * customer's balance is taken back, so it leaves the revenue adjustments again. A note that
 * refunded money stays (a card refund cannot be taken back; Stripe refuses too), as does one on an
 * invoice that is no longer open (Stripe's rule).
 */
export async function voidInvoiceCreditNote(em: EntityManager, gateway: StripeGateway, row: Invoice, note: CreditNote): Promise<void> {
  if (note.status === 'void') throw appError(ErrorCode.CONFLICT, `Credit note ${note.number} is void already.`);
  if (note.refundCents > 0)
    throw appError(
      ErrorCode.CONFLICT,
      `Credit note ${note.number} refunded ${note.refundCents} cents to the card; a refund cannot be taken back, so the note cannot be voided.`,
    );
  await refusedByStripe(() => gateway.call((stripe) => stripe.creditNotes.voidCreditNote(note.stripeCreditNoteId)));
  const remote = await gateway.call((stripe) => stripe.invoices.retrieve(row.stripeInvoiceId));
  row.amountDueCents = remote.amount_remaining;
  row.status = remote.status ?? row.status;
  await em.flush();
  await em.transactional((tx) => recordCreditNote(tx, gateway, note.stripeCreditNoteId));
}
