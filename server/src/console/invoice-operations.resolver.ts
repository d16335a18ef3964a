import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { ForAdmin, type Context } from '../api/index.js';
import { callerAdmin } from '../domain/access/index.js';
import { isUuid, notFound } from '../platform/graphql/index.js';
import { AdminRole, recordAudit, type AuditActor } from '../platform/staff/index.js';
import {
  CreditNote,
  creditInvoice,
  Invoice,
  InvoiceType,
  markInvoiceUncollectible,
  refundInvoice,
  voidInvoice,
  voidInvoiceCreditNote,
} from '../billing/index.js';
import { auditReason } from './audit-reason.js';

/** Money leaves or is written off here, so finance and the admins act; support only reads invoices. */
const INVOICE_OPERATORS = [AdminRole.SUPER_ADMIN, AdminRole.ADMIN, AdminRole.FINANCE];

@Resolver()
export class InvoiceOperationsResolver {
  @Mutation(() => InvoiceType, {
    description:
      "Refunds part of a paid invoice's payment (amountCents), or all that is left of it; net revenue drops by the refund and a refunded credit pack loses its unused credits. Writes an audit row with the reason.",
  })
  @ForAdmin(...INVOICE_OPERATORS)
  async adminRefundInvoice(
    @Arg('id', () => ID) id: string,
    @Arg('amountCents', () => Int, { nullable: true }) amountCents: number | null,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, principal, ip, requestId, services }: Context,
  ): Promise<InvoiceType> {
    const why = auditReason(reason);
    const row = await invoiceOf(em, id);
    const refundedBefore = row.amountRefundedCents;
    await refundInvoice(em, services.billing.gateway, row, amountCents, requestId);
    const refundedCents = row.amountRefundedCents - refundedBefore;
    await audited(em, { principal: callerAdmin(principal), ip, requestId }, row, 'invoice.refund', why, { refundedCents });
    return row;
  }

  @Mutation(() => InvoiceType, {
    description:
      "Issues a Stripe credit note of amountCents: an open invoice's amount due drops by it; on a paid one refundCents of it goes back to the card and the rest to the customer's balance for the next invoice. Writes an audit row with the reason.",
  })
  @ForAdmin(...INVOICE_OPERATORS)
  async adminCreditInvoice(
    @Arg('id', () => ID) id: string,
    @Arg('amountCents', () => Int) amountCents: number,
    @Arg('refundCents', () => Int, { defaultValue: 0 }) refundCents: number,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, principal, ip, requestId, services }: Context,
  ): Promise<InvoiceType> {
    const why = auditReason(reason);
    const row = await invoiceOf(em, id);
    const amountDueBefore = row.amountDueCents;
    const outcome = await creditInvoice(em, services.billing.gateway, row, { amountCents, refundCents, memo: why }, requestId);
    await audited(em, { principal: callerAdmin(principal), ip, requestId }, row, 'invoice.credit_note', why, {
      amountDueBefore,
      ...outcome,
    });
    return row;
  }

  @Mutation(() => InvoiceType, {
    description:
      "Voids a credit note (id from the invoice's creditNotes) that refunded nothing: an open invoice's amount due grows back by it, a balance credit is taken back, and it leaves the revenue adjustments. Returns its invoice. Writes an audit row with the reason.",
  })
  @ForAdmin(...INVOICE_OPERATORS)
  async adminVoidCreditNote(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, principal, ip, requestId, services }: Context,
  ): Promise<InvoiceType> {
    const why = auditReason(reason);
    const note = isUuid(id) ? await em.findOne(CreditNote, id) : null;
    if (!note) throw notFound('Credit note');
    const row = await em.findOne(Invoice, { stripeInvoiceId: note.stripeInvoiceId });
    if (!row) throw notFound('Invoice');
    const amountDueBefore = row.amountDueCents;
    await voidInvoiceCreditNote(em, services.billing.gateway, row, note);
    await audited(em, { principal: callerAdmin(principal), ip, requestId }, row, 'invoice.credit_note_void', why, {
      amountDueBefore,
      creditNoteId: note.stripeCreditNoteId,
      amountCents: note.amountCents,
    });
    return row;
  }

  @Mutation(() => InvoiceType, {
    description: 'Voids an open invoice: it is never collected and leaves billed revenue. Writes an audit row with the reason.',
  })
  @ForAdmin(...INVOICE_OPERATORS)
  async adminVoidInvoice(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, principal, ip, requestId, services }: Context,
  ): Promise<InvoiceType> {
    return changeStatus({ em, principal, ip, requestId, services }, id, reason, 'invoice.void', voidInvoice);
  }

  @Mutation(() => InvoiceType, {
    description:
      'Stops collecting an open invoice and writes it off as bad debt; it leaves billed revenue. Writes an audit row with the reason.',
  })
  @ForAdmin(...INVOICE_OPERATORS)
  async adminMarkInvoiceUncollectible(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, principal, ip, requestId, services }: Context,
  ): Promise<InvoiceType> {
    return changeStatus({ em, principal, ip, requestId, services }, id, reason, 'invoice.mark_uncollectible', markInvoiceUncollectible);
  }
}

type StatusChange = (em: EntityManager, gateway: Context['services']['billing']['gateway'], row: Invoice) => Promise<unknown>;

/** Void and write-off: the reason checked first, Stripe's answer applied, then the audit row with the status before. */
async function changeStatus(
  { em, principal, ip, requestId, services }: Pick<Context, 'em' | 'principal' | 'ip' | 'requestId' | 'services'>,
  id: string,
  reason: string,
  action: string,
  change: StatusChange,
): Promise<Invoice> {
  const why = auditReason(reason);
  const row = await invoiceOf(em, id);
  const statusBefore = row.status;
  await change(em, services.billing.gateway, row);
  await audited(em, { principal: callerAdmin(principal), ip, requestId }, row, action, why, { statusBefore });
  return row;
}

async function invoiceOf(em: EntityManager, id: string): Promise<Invoice> {
  const row = isUuid(id) ? await em.findOne(Invoice, id) : null;
  if (!row) throw notFound('Invoice');
  return row;
}

/** The audit row is written once Stripe has accepted the operation, so it never records one that did not happen. */
async function audited(
  em: EntityManager,
  actor: AuditActor,
  row: Invoice,
  action: string,
  reason: string,
  before: Record<string, unknown>,
): Promise<void> {
  recordAudit(em, actor, {
    action,
    targetType: 'invoice',
    targetId: row.id,
    before,
    after: { reason, status: row.status, amountRefundedCents: row.amountRefundedCents, stripeInvoiceId: row.stripeInvoiceId },
  });
  await em.flush();
}
