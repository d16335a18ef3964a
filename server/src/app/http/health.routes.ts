import type { FastifyInstance } from 'fastify';
import { pendingMigrations } from '../db/database.js';
import type { Services } from '../../api/index.js';

/** Liveness, readiness (database reachable, migrations current) and a few Prometheus counters. */
export function registerHealthRoutes(app: FastifyInstance, services: Services): void {
  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    try {
      await services.orm.em.getConnection().execute('select 1');
      const pending = await pendingMigrations(services.orm);
      if (pending.length > 0) return reply.code(503).send({ status: 'migrations_pending', pending });
      return { status: 'ready' };
    } catch (error) {
      services.logger.warn({ err: error }, 'readiness check failed');
      return reply.code(503).send({ status: 'database_unreachable' });
    }
  });

  app.get('/metrics', async (_request, reply) => {
    const lines = [
      '# TYPE carlo_sql_statements_total counter',
      `carlo_sql_statements_total ${services.queries.total}`,
      '# TYPE carlo_uptime_seconds gauge',
      `carlo_uptime_seconds ${Math.round(process.uptime())}`,
    ];
    return reply.type('text/plain; version=0.0.4').send(`${lines.join('\n')}\n`);
  });
}
