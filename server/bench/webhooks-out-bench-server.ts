import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { startCarlo } from '../src/app/bootstrap.js';
import { ApiKeyMode } from '../src/domain/keys/api-key.entity.js';
import { createCustomer } from '../src/domain/subscriptions/new-customer.service.js';
import { WebhookEndpointService } from '../src/notifications/index.js';
import { loadConfig } from '../src/platform/config/config.js';

/**
 * One Carlo server for bench/webhooks-out.bench.ts: a customer with an API key and one endpoint at
 * BENCH_RECEIVER_URL, announced as a JSON line with the URL and key. A line `queue N` on stdin
 * records N simulation.completed events for that customer (N deliveries, `emitAll` in batches) and answers
 * `{"queued":N,"ms":…}` once they are recorded; the app's own sweep and workers deliver them.
 */
/** Events recorded per statement set: the queue fills in well under a second, so the API runs against a full queue. */
const RECORD_BATCH = 2_000;

const carlo = await startCarlo(loadConfig());
const em = carlo.services.orm.em.fork();
const { customer } = await createCustomer(em, { company: 'Bench Co', email: `bench-${randomUUID()}@example.test`, planCode: 'enterprise' });
customer.overrides = { rateLimitCreditsPerSecond: 100_000_000, burstCredits: 100_000_000 };
await em.flush();
const issued = await carlo.services.apiKeys.create(em, customer.id, { name: 'bench', mode: ApiKeyMode.LIVE, createdBy: 'system' });
// The receiver runs on this machine, which production's rules refuse; the bench alone allows it.
const endpoints = new WebhookEndpointService({ allowLocalHttp: true, allowPrivateTargets: true });
await endpoints.create(em, customer.id, { url: process.env.BENCH_RECEIVER_URL ?? '', eventTypes: ['simulation.completed'] });
process.stdout.write(`${JSON.stringify({ url: carlo.url, key: issued.secret })}\n`);

async function queue(count: number): Promise<void> {
  const started = performance.now();
  for (let done = 0; done < count; done += RECORD_BATCH) {
    const size = Math.min(RECORD_BATCH, count - done);
    const events = Array.from({ length: size }, () => ({
      customerId: customer.id,
      type: 'simulation.completed' as const,
      causeKey: `bench:${randomUUID()}`,
      data: { simulationId: randomUUID(), bench: true },
    }));
    await carlo.services.orm.em.fork().transactional((tx) => carlo.services.notifications.emitAll(tx, events));
  }
  process.stdout.write(`${JSON.stringify({ queued: count, ms: performance.now() - started })}\n`);
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, count] = line.trim().split(' ');
  if (command === 'queue') void queue(Number(count));
});
const stop = async () => {
  await carlo.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
