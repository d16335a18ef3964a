import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { startCarlo } from '../src/app/bootstrap.js';
import { loadConfig } from '../src/platform/config/config.js';
import { createCustomer } from '../src/domain/subscriptions/new-customer.service.js';
import { ApiKeyMode } from '../src/domain/keys/api-key.entity.js';
import { profileOnSignal } from './cpu-profile.js';

/**
 * One Carlo server for bench/api.bench.ts, configured by the environment (MONETIZATION on or
 * off, DATABASE_URL or a DATA_DIR of its own). It makes a customer whose rate limit cannot
 * throttle the benchmark and prints one JSON line with its URL and API key. With BENCH_CPU_PROFILE
 * set, SIGUSR2 starts and stops a CPU profile whose summary goes to that file.
 */
if (process.env.BENCH_CPU_PROFILE) profileOnSignal(process.env.BENCH_CPU_PROFILE);
const carlo = await startCarlo(loadConfig());
const em = carlo.services.orm.em.fork();
const { customer } = await createCustomer(em, { company: 'Bench Co', email: `bench-${randomUUID()}@example.test`, planCode: 'enterprise' });
customer.overrides = { rateLimitCreditsPerSecond: 100_000_000, burstCredits: 100_000_000 };
await em.flush();
const issued = await carlo.services.apiKeys.create(em, customer.id, { name: 'bench', mode: ApiKeyMode.LIVE, createdBy: 'system' });
process.stdout.write(`${JSON.stringify({ url: carlo.url, key: issued.secret })}\n`);
const stop = async () => {
  await carlo.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
