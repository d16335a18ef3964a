import type { FastifyInstance } from 'fastify';
import { pendingMigrations } from '../db/database.js';
import type { Services } from '../../api/index.js';

/**
 * Liveness, readiness (database reachable, migrations current) and a few Prometheus counters.
 * Stripe's circuit breaker shows in both, but an open circuit leaves the process ready: only
 * billing actions wait for Stripe, everything else still serves.
 */
export function registerHealthRoutes(app: FastifyInstance, services: Services): void {
  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    try {
      await services.orm.em.getConnection().execute('select 1');
      const pending = await pendingMigrations(services.orm);
      if (pending.length > 0) return reply.code(503).send({ status: 'migrations_pending', pending, stripe: stripeState(services) });
      return { status: 'ready', stripe: stripeState(services) };
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
      ...stripeMetrics(services),
    ];
    return reply.type('text/plain; version=0.0.4').send(`${lines.join('\n')}\n`);
  });
}

function stripeState(services: Services): string {
  return services.billing.connected ? services.billing.gateway.health().state : 'not_connected';
}

function stripeMetrics(services: Services): string[] {
  if (!services.billing.connected) return [];
  const health = services.billing.gateway.health();
  return [
    '# TYPE carlo_stripe_circuit_open gauge',
    `carlo_stripe_circuit_open ${health.state === 'closed' ? 0 : 1}`,
    '# TYPE carlo_stripe_calls gauge',
    ...(['successes', 'failures', 'timeouts', 'rejects'] as const).map(
      (outcome) => `carlo_stripe_calls{outcome="${outcome}",window="10s"} ${health[outcome]}`,
    ),
  ];
}
