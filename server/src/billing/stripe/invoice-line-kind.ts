import type { InvoiceLine } from './invoice.entity.js';

/** What an invoice line bills, from its price's lookup key (credit-packs.ts names every price we create). */
export enum InvoiceLineKind {
  BASE = 'base',
  OVERAGE = 'overage',
  CREDIT_PACK = 'credit_pack',
  PRORATION = 'proration',
  OTHER = 'other',
}

export function invoiceLineKind(line: Pick<InvoiceLine, 'lookupKey' | 'proration'>): InvoiceLineKind {
  // A proration line carries the plan's base price too; what matters to finance is that it is a proration.
  if (line.proration) return InvoiceLineKind.PRORATION;
  const key = line.lookupKey ?? '';
  if (/^carlo_.+_overage$/.test(key)) return InvoiceLineKind.OVERAGE;
  if (key.startsWith('carlo_pack_')) return InvoiceLineKind.CREDIT_PACK;
  if (/^carlo_.+_base$/.test(key)) return InvoiceLineKind.BASE;
  return InvoiceLineKind.OTHER;
}
