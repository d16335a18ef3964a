import type { EntityManager } from '@mikro-orm/postgresql';
import type Stripe from 'stripe';
import { Customer } from '../../domain/customers/index.js';
import { CreditNote } from './credit-note.entity.js';
import { lockStripeObject } from './object-lock.js';
import { idOf } from './stripe-mapping.js';
import type { StripeGateway } from './stripe-gateway.js';

/** How a Stripe credit note splits: refunded on the card, and what went to the customer's balance. */
export function creditNoteSplit(note: Pick<Stripe.CreditNote, 'post_payment_amount' | 'out_of_band_amount' | 'refunds'>): {
  refundCents: number;
  balanceCents: number;
} {
  const refundCents = note.refunds.reduce((sum, refund) => sum + refund.amount_refunded, 0);
  return { refundCents, balanceCents: Math.max(0, note.post_payment_amount - refundCents - (note.out_of_band_amount ?? 0)) };
}

/**
 * Writes the credit note as Stripe has it now into the mirror. Both the `credit_note.*` webhooks
 * and `adminCreditInvoice` call it inside a transaction; the object lock and the unique Stripe id
 * make any number of calls, in any order, leave one row with Stripe's latest state.
 */
export async function recordCreditNote(em: EntityManager, gateway: StripeGateway, creditNoteId: string): Promise<CreditNote> {
  await lockStripeObject(em, creditNoteId);
  const remote = await gateway.call((stripe) => stripe.creditNotes.retrieve(creditNoteId));
  const stripeCustomerId = idOf(remote.customer);
  const customer = stripeCustomerId ? await em.findOne(Customer, { stripeCustomerId }) : null;
  const fields = {
    stripeInvoiceId: idOf(remote.invoice) ?? '',
    customerId: customer?.id ?? null,
    number: remote.number,
    status: remote.status,
    amountCents: remote.amount,
    ...creditNoteSplit(remote),
    reason: remote.reason,
    memo: remote.memo,
    issuedAt: new Date(remote.created * 1000),
  };
  const row = await em.findOne(CreditNote, { stripeCreditNoteId: creditNoteId });
  if (row) {
    Object.assign(row, fields);
    return row;
  }
  const created = em.create(CreditNote, { stripeCreditNoteId: creditNoteId, ...fields });
  em.persist(created);
  return created;
}
