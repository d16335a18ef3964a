import type { EntityManager } from '@mikro-orm/postgresql';
import { Invoice } from '../billing/invoice.entity.js';
import { Customer } from '../customers/customer.entity.js';
import { BILLED_STATUSES, classifyLine, type RevenueInvoiceLine } from './invoice-revenue.js';

const BATCH = 500;

/**
 * Lines of billed invoices issued in [start, end), in invoice id order, a batch of invoices at a
 * time with one customer lookup per batch; the identity map is cleared between batches so an
 * export of any size holds one batch. The cursor is the primary key alone: a (issued_at, id)
 * cursor would round PostgreSQL's microseconds to JavaScript's milliseconds and repeat lines, and
 * the primary key index keeps every batch a range scan.
 */
export async function* invoiceRevenueLines(em: EntityManager, period: { start: Date; end: Date }): AsyncGenerator<RevenueInvoiceLine> {
  let cursor: string | null = null;
  for (;;) {
    const after = cursor ? { id: { $gt: cursor } } : {};
    const invoices: Invoice[] = await em.find(
      Invoice,
      { status: { $in: [...BILLED_STATUSES] }, issuedAt: { $gte: period.start, $lt: period.end }, ...after },
      { orderBy: { id: 'asc' }, limit: BATCH },
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
    cursor = invoices[invoices.length - 1].id;
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
