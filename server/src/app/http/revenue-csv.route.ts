import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE, type Services } from '../../api/index.js';
import { centsToAmount, neutraliseCell } from '../../platform/csv/index.js';
import {
  invoiceRevenueLines,
  parseMonth,
  parsePeriod,
  type RevenueInvoiceLine,
  type RevenueAdjustmentLine,
  revenueAdjustmentLines,
  revenueLines,
} from '../../billing/index.js';
import { FINANCE_READERS } from '../../console/index.js';

type Cell = string | number | null;

/** Billed lines, then one negative line per refund and per credit note: the amounts sum to the report's net revenue. */
async function* invoiceLinesThenAdjustments(
  em: EntityManager,
  period: { start: Date; end: Date },
): AsyncGenerator<RevenueInvoiceLine | RevenueAdjustmentLine> {
  yield* invoiceRevenueLines(em, period);
  yield* revenueAdjustmentLines(em, period, 'refund');
  yield* revenueAdjustmentLines(em, period, 'credit_note');
}

const INVOICE_HEADER = [
  'issued_at',
  'invoice_id',
  'invoice_number',
  'status',
  'customer_id',
  'company',
  'kind',
  'plan',
  'description',
  'currency',
  'amount_cents',
  'amount',
];
const MRR_HEADER = ['month', 'subscription_id', 'customer_id', 'company', 'plan', 'status', 'mrr_cents', 'mrr'];

/**
 * Finance exports for a console session of finance or a super admin:
 * `GET /reports/revenue.csv?from=YYYY-MM&to=YYYY-MM` (billed invoice lines, as revenueReport, then a
 * negative `refund` line per refunded invoice, so the amounts sum to net revenue) and
 * `GET /reports/mrr.csv?month=YYYY-MM` (as mrrReport). Streamed batch by batch in constant
 * memory, RFC 4180 (CRLF, fields quoted when needed, quotes doubled), formula-looking cells
 * neutralised. The session cookie is SameSite=Strict, so a link from another site carries none.
 */
export function registerRevenueCsvRoute(app: FastifyInstance, services: Services): void {
  app.get<{ Querystring: { from?: string; to?: string } }>('/reports/revenue.csv', async (request, reply) => {
    if (!(await financeSession(request, reply, services))) return reply;
    const thisMonth = new Date().toISOString().slice(0, 7);
    const from = request.query.from ?? thisMonth;
    const to = request.query.to ?? from;
    const period = parsePeriod(from, to);
    if (!period) return reply.code(400).type('text/plain').send('from and to must look like 2026-03, from before to, at most 36 months.\n');
    const em = services.orm.em.fork();
    return sendCsv(reply, `revenue-${from}-to-${to}.csv`, INVOICE_HEADER, async function* () {
      for await (const line of invoiceLinesThenAdjustments(em, period)) {
        yield [
          line.issuedAt.toISOString(),
          line.invoiceId,
          line.invoiceNumber,
          line.status,
          line.customerId,
          line.company,
          line.kind,
          line.planCode,
          line.description,
          line.currency,
          line.amountCents,
          centsToAmount(line.amountCents),
        ];
      }
    });
  });

  app.get<{ Querystring: { month?: string } }>('/reports/mrr.csv', async (request, reply) => {
    if (!(await financeSession(request, reply, services))) return reply;
    const month = request.query.month ?? new Date().toISOString().slice(0, 7);
    const range = parseMonth(month);
    if (!range) return reply.code(400).type('text/plain').send('month must look like 2026-03.\n');
    const em = services.orm.em.fork();
    return sendCsv(reply, `mrr-${month}.csv`, MRR_HEADER, async function* () {
      for await (const line of revenueLines(em, range)) {
        yield [
          month,
          line.subscriptionId,
          line.customerId,
          line.company,
          line.planCode,
          line.status,
          line.mrrCents,
          centsToAmount(line.mrrCents),
        ];
      }
    });
  });
}

/** Answers 401/403 itself and returns false unless the cookie is a finance or super admin session. */
async function financeSession(request: FastifyRequest, reply: FastifyReply, services: Services): Promise<boolean> {
  const token = request.cookies[SESSION_COOKIE];
  const admin = token ? await services.adminAuth.authenticate(services.orm.em.fork(), token) : null;
  if (!admin) {
    await reply.code(401).type('text/plain').send('Sign in to the console first.\n');
    return false;
  }
  if (!FINANCE_READERS.includes(admin.role)) {
    await reply.code(403).type('text/plain').send('Revenue exports are for finance and super admins.\n');
    return false;
  }
  return true;
}

function sendCsv(reply: FastifyReply, filename: string, header: string[], rows: () => AsyncGenerator<Cell[]>): FastifyReply {
  const source = Readable.from(
    (async function* () {
      for await (const row of rows()) yield row.map(neutraliseCell);
    })(),
  );
  const csv = stringify({ header: true, columns: header, record_delimiter: '\r\n' });
  // A database error mid-stream ends the response early instead of leaving it hanging.
  source.on('error', (error) => csv.destroy(error));
  reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store');
  return reply.send(source.pipe(csv));
}
