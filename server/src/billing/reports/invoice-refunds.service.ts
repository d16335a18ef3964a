import type { EntityManager } from '@mikro-orm/postgresql';
import { BILLED_STATUSES, type RevenueInvoiceLine } from './invoice-revenue.js';

const BATCH = 500;
const BEFORE_ANY_UUID = '00000000-0000-0000-0000-000000000000';

/** What was refunded on one billed invoice, as a negative line, so billed lines plus refund lines sum to net revenue. */
export type RevenueRefundLine = Omit<RevenueInvoiceLine, 'kind' | 'planCode'> & { kind: 'refund'; planCode: null };

type RefundRow = {
  invoice_id: string;
  number: string | null;
  customer_id: string | null;
  company: string | null;
  issued_at: Date;
  status: string;
  currency: string;
  amount_refunded_cents: number;
};

/**
 * Refunds on the invoices the revenue report counts (billed statuses, issued in [start, end)),
 * one line per refunded invoice, in invoice id order, a batch at a time. A refund belongs to its
 * invoice's month, as the report's refundedCents does, so the export and the report agree.
 */
export async function* invoiceRefundLines(em: EntityManager, period: { start: Date; end: Date }): AsyncGenerator<RevenueRefundLine> {
  const connection = em.getConnection();
  let cursor = BEFORE_ANY_UUID;
  for (;;) {
    const rows = await connection.execute<RefundRow[]>(
      `select i.id as invoice_id, i.number, i.customer_id, c.company, i.issued_at, i.status, i.currency, i.amount_refunded_cents
         from invoice i left join customer c on c.id = i.customer_id
        where i.status in (?) and i.issued_at >= ? and i.issued_at < ? and i.amount_refunded_cents > 0 and i.id > ?
        order by i.id limit ?`,
      [[...BILLED_STATUSES], period.start, period.end, cursor, BATCH],
    );
    for (const row of rows) {
      cursor = row.invoice_id;
      yield {
        invoiceId: row.invoice_id,
        invoiceNumber: row.number,
        customerId: row.customer_id,
        company: row.company,
        issuedAt: new Date(row.issued_at),
        status: row.status,
        currency: row.currency,
        kind: 'refund',
        planCode: null,
        description: 'refunded',
        amountCents: -Number(row.amount_refunded_cents),
      };
    }
    if (rows.length < BATCH) return;
  }
}
