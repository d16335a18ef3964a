import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from '../../graphql/authenticate.js';
import type { Services } from '../../services.js';
import { centsToAmount, neutraliseCell } from './csv-cell.js';
import { FINANCE_READERS } from './revenue-report.resolver.js';
import { parseMonth, revenueLines } from './revenue-report.service.js';

const HEADER = ['month', 'subscription_id', 'customer_id', 'company', 'plan', 'status', 'mrr_cents', 'mrr'];

/**
 * `GET /reports/revenue.csv?month=YYYY-MM` for a finance session: the revenue report's lines,
 * streamed batch by batch (constant memory), RFC 4180 (CRLF, quotes doubled), formula-looking
 * cells neutralised. The console's cookie is SameSite=Strict, so a cross-site link carries none.
 */
export function registerRevenueCsvRoute(app: FastifyInstance, services: Services): void {
  app.get<{ Querystring: { month?: string } }>('/reports/revenue.csv', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    const admin = token ? await services.adminAuth.authenticate(services.orm.em.fork(), token) : null;
    if (!admin) return reply.code(401).type('text/plain').send('Sign in to the console first.\n');
    if (!FINANCE_READERS.includes(admin.role)) return reply.code(403).type('text/plain').send('Revenue exports are for finance and super admins.\n');
    const month = request.query.month ?? new Date().toISOString().slice(0, 7);
    const range = parseMonth(month);
    if (!range) return reply.code(400).type('text/plain').send('month must look like 2026-03.\n');

    const em = services.orm.em.fork();
    const rows = Readable.from(
      (async function* () {
        for await (const line of revenueLines(em, range)) {
          yield [month, line.subscriptionId, line.customerId, line.company, line.planCode, line.status, line.mrrCents, centsToAmount(line.mrrCents)].map(neutraliseCell);
        }
      })(),
    );
    const csv = stringify({ header: true, columns: HEADER, record_delimiter: '\r\n'});
    rows.on('error', (error) => csv.destroy(error));
    reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="revenue-${month}.csv"`)
      .header('cache-control', 'no-store');
    return reply.send(rows.pipe(csv));
  });
}
