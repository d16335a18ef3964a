import type { EntityManager } from '@mikro-orm/postgresql';
import type { RevenueInvoiceLine } from './invoice-revenue.js';

const BATCH = 500;
const BEFORE_ANY_UUID = '00000000-0000-0000-0000-000000000000';

/**
 * A refund or a credit note, as a negative line dated when it was made, so billed lines plus
 * adjustment lines sum to net revenue.
 */
export type RevenueAdjustmentLine = Omit<RevenueInvoiceLine, 'kind' | 'planCode'> & { kind: 'refund' | 'credit_note'; planCode: null };

type AdjustmentRow = {
  adjustment_id: string;
  invoice_id: string;
  number: string | null;
  customer_id: string | null;
  company: string | null;
  made_at: Date;
  status: string;
  currency: string;
  amount_cents: number;
};

/**
 * Each Stripe refund, and the part of each issued credit note that was not refunded (credited to
 * the customer's balance, or taken off an invoice not yet paid): the refunded part is already a
 * refund, so counting the whole note would count it twice. A void note counts nothing.
 */
const ADJUSTMENTS = {
  refund: `select r.id as adjustment_id, r.invoice_id, r.refunded_at as made_at, r.amount_cents
             from invoice_refund r where r.refunded_at >= ? and r.refunded_at < ? and r.id > ?`,
  credit_note: `select n.id as adjustment_id, i.id as invoice_id, n.issued_at as made_at, n.amount_cents - n.refund_cents as amount_cents
                  from credit_note n join invoice i on i.stripe_invoice_id = n.stripe_invoice_id
                 where n.status = 'issued' and n.amount_cents > n.refund_cents and n.issued_at >= ? and n.issued_at < ? and n.id > ?`,
} as const;

/**
 * Adjustments made in [start, end), one line each, in id order, a batch at a time. An adjustment
 * belongs to the month it was made, whatever month its invoice was issued in, so one made after a
 * month has closed never restates that month (docs/revenue-metrics.md).
 */
export async function* revenueAdjustmentLines(
  em: EntityManager,
  period: { start: Date; end: Date },
  kind: RevenueAdjustmentLine['kind'],
): AsyncGenerator<RevenueAdjustmentLine> {
  const connection = em.getConnection();
  let cursor = BEFORE_ANY_UUID;
  for (;;) {
    const rows = await connection.execute<AdjustmentRow[]>(
      `select a.adjustment_id, i.id as invoice_id, i.number, i.customer_id, c.company, a.made_at, i.status, i.currency, a.amount_cents
         from (${ADJUSTMENTS[kind]}) a join invoice i on i.id = a.invoice_id left join customer c on c.id = i.customer_id
        order by a.adjustment_id limit ?`,
      [period.start, period.end, cursor, BATCH],
    );
    for (const row of rows) {
      cursor = row.adjustment_id;
      yield {
        invoiceId: row.invoice_id,
        invoiceNumber: row.number,
        customerId: row.customer_id,
        company: row.company,
        issuedAt: new Date(row.made_at),
        status: row.status,
        currency: row.currency,
        kind,
        planCode: null,
        description: kind === 'refund' ? 'refunded' : 'credit note (not refunded)',
        amountCents: -Number(row.amount_cents),
      };
    }
    if (rows.length < BATCH) return;
  }
}
