import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Services } from '../../api/index.js';
import { MAX_EXPORT_SAMPLES, SimulationRun, SimulationStatus } from '../../domain/simulation/index.js';
import {
  EXPORT_EXTENSIONS,
  ExportFormat,
  WORKBOOK_SAMPLE_ROWS,
  XLSX_CONTENT_TYPE,
  checkDownloadLink,
  resultsWorkbookBytes,
  sipmathOf,
} from '../../domain/workbooks/index.js';
import { ErrorCode, isUuid } from '../../platform/graphql/index.js';
import { sendApiError } from './api-error-shape.js';

type DownloadQuery = { expires?: string; signature?: string };

const ASK_AGAIN = 'Ask for a new link with simulationDownload (the console: the download buttons of the run).';

/**
 * `GET /downloads/simulations/:id.xlsx` and `/downloads/simulations/:id.sipmath.json`, opened
 * through a link from simulationDownload or adminSimulationDownload: the signature names the
 * run's owner, so a link made by one account never opens another's run. Errors answer in the
 * API's error shape; the files are never cached.
 */
export function registerSimulationDownloadRoute(app: FastifyInstance, services: Services): void {
  for (const format of Object.values(ExportFormat)) {
    const extension = EXPORT_EXTENSIONS[format];
    app.get<{ Params: { id: string }; Querystring: DownloadQuery }>(`/downloads/simulations/:id.${extension}`, async (request, reply) => {
      const { id } = request.params;
      const expires = Number(request.query.expires);
      const signature = request.query.signature;
      if (!signature || !Number.isInteger(expires))
        return sendApiError(reply, 401, ErrorCode.UNAUTHENTICATED, `The link has no expires and signature. ${ASK_AGAIN}`);
      const em = services.orm.em.fork();
      const run = isUuid(id) ? await em.findOne(SimulationRun, id, { exclude: ['result'] }) : null;
      // An unknown run and a forged link answer alike, so a link says nothing about other runs.
      const check = run
        ? checkDownloadLink(
            services.secrets.sessionSecret,
            { simulationId: id, customerId: run.customer.id, format },
            expires,
            signature,
            new Date(),
          )
        : 'forged';
      if (run === null || check === 'forged')
        return sendApiError(
          reply,
          403,
          ErrorCode.FORBIDDEN,
          `The link's signature does not match this simulation and format. ${ASK_AGAIN}`,
        );
      if (check === 'expired') return sendApiError(reply, 403, ErrorCode.FORBIDDEN, `The link has expired. ${ASK_AGAIN}`);
      if (run.status !== SimulationStatus.SUCCEEDED)
        return sendApiError(reply, 409, ErrorCode.CONFLICT, `This simulation is ${run.status}; only a succeeded one has files.`);
      return sendExport(reply, services, em, run.customer.id, id, format);
    });
  }
}

async function sendExport(
  reply: FastifyReply,
  services: Services,
  em: ReturnType<Services['orm']['em']['fork']>,
  customerId: string,
  id: string,
  format: ExportFormat,
): Promise<FastifyReply> {
  const filename = `carlo-${id}.${EXPORT_EXTENSIONS[format]}`;
  reply.header('content-disposition', `attachment; filename="${filename}"`).header('cache-control', 'no-store');
  if (format === ExportFormat.XLSX) {
    const bytes = await resultsWorkbookBytes(await services.simulations.samples(em, customerId, id, WORKBOOK_SAMPLE_ROWS));
    return reply.type(XLSX_CONTENT_TYPE).send(bytes);
  }
  const library = sipmathOf(await services.simulations.samples(em, customerId, id, MAX_EXPORT_SAMPLES), new Date());
  return reply.type('application/json; charset=utf-8').send(JSON.stringify(library));
}
