import type { EntityManager } from '@mikro-orm/postgresql';
import { BILLED_STATUSES, classifyLine, type RevenueInvoiceLine } from './invoice-revenue.js';

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
         from (select id, number, customer_id, issued_at, status, currency, lines from invoice
                where status in (?) and issued_at >= ? and issued_at < ? and id > ? order by id limit ?) i
         left join customer c on c.id = i.customer_id
         left join lateral jsonb_array_elements(i.lines) with ordinality as l(value, n) on true
        order by i.id, l.n`,
      [[...BILLED_STATUSES], period.start, period.end, cursor, BATCH],
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

/** The mirror's own totals for the same invoices, to reconcile the report against. */
export async function invoiceMirrorTotals(
  em: EntityManager,
  period: { start: Date; end: Date },
): Promise<{ invoices: number; subtotalCents: number; refundedCents: number }> {
  const rows = await em.getConnection().execute<{ invoices: number; subtotal: string | null; refunded: string | null }[]>(
    `select count(*)::int as invoices, sum(subtotal_cents)::text as subtotal, sum(amount_refunded_cents)::text as refunded
       from invoice where status in (?) and issued_at >= ? and issued_at < ?`,
    [[...BILLED_STATUSES], period.start, period.end],
  );
  const row = rows[0];
  return { invoices: Number(row?.invoices ?? 0), subtotalCents: Number(row?.subtotal ?? 0), refundedCents: Number(row?.refunded ?? 0) };
}
