import type { FastifyInstance } from 'fastify';
import type { Services } from '../../api/index.js';
import { CREDIT_PACKS } from '../../billing/index.js';
import { Plan } from '../../domain/plans/index.js';
import { renderPricingPage, runSizeFrom } from './pricing-page.js';

/**
 * The public pricing page, rendered from the plans table on every request so an edit in the
 * console shows at once; `/` sends visitors to it.
 */
export function registerStorefrontRoutes(app: FastifyInstance, services: Services): void {
  app.get('/', async (_request, reply) => reply.redirect('/pricing'));
  app.get('/pricing', async (request, reply) => {
    const plans = await services.orm.em.fork().find(Plan, { active: true }, { orderBy: { sortOrder: 'asc' } });
    const query = typeof request.query === 'object' && request.query !== null ? (request.query as Record<string, unknown>) : {};
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(renderPricingPage(plans, CREDIT_PACKS, runSizeFrom(query)));
  });
}
