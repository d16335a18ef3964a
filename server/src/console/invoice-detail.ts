import type { EntityManager } from '@mikro-orm/postgresql';
import { type Invoice, InvoiceLineKind, invoiceLineKind } from '../billing/index.js';
import { overageByOperation } from '../metering/index.js';
import { AuditLog } from '../platform/staff/index.js';
import type { AdminInvoiceDetailType, AdminInvoiceLineType, InvoiceRefundType } from './invoice-detail.type.js';

/**
 * An invoice as finance reads it: each line with its kind, and for an overage line the operations
 * that produced it (usage events of the line period with overage); the payment the mirror holds;
 * the console's refunds from the audit log, and any rest of the refunded amount as one refund made
 * in Stripe itself, so the refunds always add up to the invoice's refunded amount.
 */
export async function invoiceDetail(em: EntityManager, invoice: Invoice): Promise<AdminInvoiceDetailType> {
  const lines = await Promise.all(invoice.lines.map((line) => explainLine(em, invoice.customerId, line)));
  const payments = invoice.amountPaidCents > 0 ? [{ amountCents: invoice.amountPaidCents, paidAt: invoice.paidAt }] : [];
  return { invoice, lines, payments, refunds: await refundsOf(em, invoice) };
}

async function explainLine(em: EntityManager, customerId: string | null, line: Invoice['lines'][number]): Promise<AdminInvoiceLineType> {
  const kind = invoiceLineKind(line);
  const operations =
    kind === InvoiceLineKind.OVERAGE && customerId
      ? await overageByOperation(em, customerId, new Date(line.periodStart), new Date(line.periodEnd))
      : [];
  return {
    id: line.id,
    kind,
    description: line.description,
    amountCents: line.amountCents,
    quantity: line.quantity,
    periodStart: line.periodStart,
    periodEnd: line.periodEnd,
    operations,
  };
}

async function refundsOf(em: EntityManager, invoice: Invoice): Promise<InvoiceRefundType[]> {
  const entries = await em.find(
    AuditLog,
    { targetType: 'invoice', targetId: invoice.id, action: 'invoice.refund' },
    { orderBy: { createdAt: 'asc' } },
  );
  const refunds = entries.map((entry) => ({
    amountCents: numberField(entry.before, 'refundedCents'),
    refundedAt: entry.createdAt,
    actorEmail: entry.actorEmail,
    reason: typeof entry.after?.reason === 'string' ? entry.after.reason : null,
  }));
  const elsewhereCents = invoice.amountRefundedCents - refunds.reduce((sum, refund) => sum + refund.amountCents, 0);
  return elsewhereCents > 0 ? [...refunds, { amountCents: elsewhereCents, refundedAt: null, actorEmail: null, reason: null }] : refunds;
}

function numberField(record: Record<string, unknown> | null, field: string): number {
  const value = record?.[field];
  return typeof value === 'number' ? value : 0;
}
