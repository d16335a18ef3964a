import type { EntityManager } from '@mikro-orm/postgresql';
import { BILLED_INVOICE_SQL, classifyLine, type RevenueInvoiceLine } from './invoice-revenue.js';

const BATCH = 500;
const BEFORE_ANY_UUID = '00000000-0000-0000-0000-000000000000';

type LineRow = {
  invoice_id: string;
  number: string | null;
  customer_id: string | null;
  company: string | null;
  issued_at: Date;
  status: string;
  currency: string;
  lookup_key: string | null;
  description: string | null;
  amount_cents: number | null;
};

/**
 * Lines of billed invoices issued in [start, end), in invoice id order, a batch of invoices at a
 * time: one statement per batch unnests the lines and joins the company, with no entities built,
 * so an export of any size holds one batch. The cursor is the primary key alone: a (issued_at, id)
 * cursor would round PostgreSQL's microseconds to JavaScript's milliseconds and repeat lines, and
 * the primary key index keeps every batch a range scan.
 */
export async function* invoiceRevenueLines(em: EntityManager, period: { start: Date; end: Date }): AsyncGenerator<RevenueInvoiceLine> {
  const connection = em.getConnection();
  let cursor = BEFORE_ANY_UUID;
  for (;;) {
    // An invoice without lines still yields one row (null line), so the cursor passes it.
    const rows = await connection.execute<LineRow[]>(
      `select i.id as invoice_id, i.number, i.customer_id, c.company, i.issued_at, i.status, i.currency,
              l.value->>'lookupKey' as lookup_key, l.value->>'description' as description, (l.value->>'amountCents')::int as amount_cents
         from (select i.id, i.number, i.customer_id, i.issued_at, i.status, i.currency, i.lines from invoice i
                where ${BILLED_INVOICE_SQL} and i.issued_at >= ? and i.issued_at < ? and i.id > ? order by i.id limit ?) i
         left join customer c on c.id = i.customer_id
         left join lateral jsonb_array_elements(i.lines) with ordinality as l(value, n) on true
        order by i.id, l.n`,
      [period.start, period.end, cursor, BATCH],
    );
    if (rows.length === 0) return;
    let invoices = 0;
    for (const row of rows) {
      if (row.invoice_id !== cursor) {
        cursor = row.invoice_id;
        invoices += 1;
      }
      if (row.amount_cents === null) continue;
      yield {
        invoiceId: row.invoice_id,
        invoiceNumber: row.number,
        customerId: row.customer_id,
        company: row.company,
        issuedAt: new Date(row.issued_at),
        status: row.status,
        currency: row.currency,
        ...classifyLine(row.lookup_key),
        description: row.description,
        amountCents: Number(row.amount_cents),
      };
    }
    if (invoices < BATCH) return;
  }
}

/**
 * The mirror's own totals for the same invoices, to reconcile the report against, and the refunds
 * and credit notes made in the period (on invoices of any month: each counts when it is made; of a
 * credit note only the part not refunded, which the refunds already hold).
 */
export async function invoiceMirrorTotals(
  em: EntityManager,
  period: { start: Date; end: Date },
): Promise<{ invoices: number; subtotalCents: number; refundedCents: number; creditedCents: number }> {
  const rows = await em
    .getConnection()
    .execute<{ invoices: number; subtotal: string | null; refunded: string | null; credited: string | null }[]>(
      `select count(*)::int as invoices, sum(i.subtotal_cents)::text as subtotal,
            (select sum(amount_cents) from invoice_refund where refunded_at >= ? and refunded_at < ?)::text as refunded,
            (select sum(n.amount_cents - n.refund_cents) from credit_note n
              where n.status = 'issued' and n.issued_at >= ? and n.issued_at < ?
                and exists (select 1 from invoice c where c.stripe_invoice_id = n.stripe_invoice_id))::text as credited
       from invoice i where ${BILLED_INVOICE_SQL} and i.issued_at >= ? and i.issued_at < ?`,
      [period.start, period.end, period.start, period.end, period.start, period.end],
    );
  const row = rows[0];
  return {
    invoices: Number(row?.invoices ?? 0),
    subtotalCents: Number(row?.subtotal ?? 0),
    refundedCents: Number(row?.refunded ?? 0),
    creditedCents: Number(row?.credited ?? 0),
  };
}
