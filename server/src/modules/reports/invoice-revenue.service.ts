import type { EntityManager } from '@mikro-orm/postgresql';
import { Invoice } from '../billing/invoice.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { BILLED_STATUSES, classifyLine, type RevenueInvoiceLine } from './invoice-revenue.js';

const BATCH = 500;

/**
 * Lines of billed invoices issued in [start, end), in (issuedAt, id) order, a batch of invoices at a
 * time with one customer lookup per batch; the identity map is cleared between batches so an
 * export of any size holds one batch.
 */
export async function* invoiceRevenueLines(em: EntityManager, period: { start: Date; end: Date }): AsyncGenerator<RevenueInvoiceLine> {
  let cursor: { issuedAt: Date; id: string } | null = null;
  for (;;) {
    const after = cursor ? { $or: [{ issuedAt: { $gt: cursor.issuedAt } }, { issuedAt: cursor.issuedAt, id: { $gt: cursor.id } }] } : {};
    const invoices: Invoice[] = await em.find(
      Invoice,
      { status: { $in: [...BILLED_STATUSES] }, issuedAt: { $gte: period.start, $lt: period.end }, ...after },
      { orderBy: { issuedAt: 'asc', id: 'asc' }, limit: BATCH },
    );
    if (invoices.length === 0) return;
    const customerIds = [...new Set(invoices.map((invoice) => invoice.customerId).filter((id): id is string => id !== null))];
    const customers = customerIds.length ? await em.find(Customer, { id: { $in: customerIds } }, { fields: ['id', 'company'] }) : [];
    const companies = new Map(customers.map((customer) => [customer.id, customer.company]));
    for (const invoice of invoices) {
      for (const line of invoice.lines) {
        yield {
          invoiceId: invoice.id,
          invoiceNumber: invoice.number,
          customerId: invoice.customerId,
          company: invoice.customerId ? (companies.get(invoice.customerId) ?? null) : null,
          issuedAt: invoice.issuedAt,
          status: invoice.status,
          currency: invoice.currency,
          ...classifyLine(line.lookupKey),
          description: line.description,
          amountCents: line.amountCents,
        };
      }
    }
    const last = invoices[invoices.length - 1];
    cursor = { issuedAt: last.issuedAt, id: last.id };
    em.clear();
    if (invoices.length < BATCH) return;
  }
}

/** The mirror's own totals for the same invoices, to reconcile the report against. */
export async function invoiceMirrorTotals(em: EntityManager, period: { start: Date; end: Date }): Promise<{ invoices: number; subtotalCents: number; refundedCents: number }> {
  const rows = await em.getConnection().execute<{ invoices: number; subtotal: string | null; refunded: string | null }[]>(
    `select count(*)::int as invoices, sum(subtotal_cents)::text as subtotal, sum(amount_refunded_cents)::text as refunded
       from invoice where status in (?) and issued_at >= ? and issued_at < ?`,
    [[...BILLED_STATUSES], period.start, period.end],
  );
  const row = rows[0];
  return { invoices: Number(row?.invoices ?? 0), subtotalCents: Number(row?.subtotal ?? 0), refundedCents: Number(row?.refunded ?? 0) };
}
