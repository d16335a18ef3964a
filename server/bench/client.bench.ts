import 'reflect-metadata';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Carlo } from '@carlo/client';
import { startCarlo } from '../src/app/bootstrap.js';
import { loadConfig } from '../src/platform/config/config.js';
import { createCustomer } from '../src/domain/subscriptions/new-customer.service.js';
import { ApiKeyMode } from '../src/domain/keys/api-key.entity.js';

/**
 * npm run bench:client — what @carlo/client adds to a call, and what it weighs.
 *
 * One server in this process on embedded PGlite, one customer without a throttle. Each round makes
 * CALLS sequential `{ me { id } }` calls through the SDK's graphql() and then through bare fetch
 * with the same body and headers (order alternating by round); the medians of the per-round mean
 * latencies give the ratio SDK / fetch. Then the built ESM bundle's size, raw and gzipped.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const CALLS = Number(process.env.BENCH_CALLS ?? 300);
const query = 'query BenchMe { me { id } }';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'carlo-bench-client-'));
const config = loadConfig({
  NODE_ENV: 'test',
  HOST: '127.0.0.1',
  PORT: '0',
  DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
  SEED_DEMO: 'false',
  RUN_WORKER: 'false',
  STRIPE_EMULATOR_PORT: '0',
});
const carloServer = await startCarlo(config);
try {
  const em = carloServer.services.orm.em.fork();
  const { customer } = await createCustomer(em, { company: 'Bench', email: 'bench@example.test', planCode: 'pro' });
  await em
    .getConnection()
    .execute('update customer set overrides = ?::jsonb where id = ?', [
      JSON.stringify({ rateLimitCreditsPerSecond: 1_000_000, burstCredits: 1_000_000 }),
      customer.id,
    ]);
  const issued = await carloServer.services.apiKeys.create(em, customer.id, { name: 'bench', mode: ApiKeyMode.LIVE, createdBy: 'system' });
  carloServer.services.keyVerifier.invalidateCustomer(customer.id);

  const sdk = new Carlo({ apiKey: issued.secret, baseUrl: carloServer.url });
  const body = JSON.stringify({ query, variables: {}, operationName: 'BenchMe' });
  const headers = { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${issued.secret}` };
  const viaSdk = async () => {
    const result = await sdk.graphql<{ me: { id: string } }, Record<string, never>>(query, {});
    if (!result.me.id) throw new Error('no id');
  };
  const viaFetch = async () => {
    const response = await fetch(`${carloServer.url}/graphql`, { method: 'POST', headers, body });
    const json = (await response.json()) as { data?: { me: { id: string } } };
    if (!json.data?.me.id) throw new Error('no id');
  };
  const meanMs = async (call: () => Promise<void>) => {
    const started = performance.now();
    for (let i = 0; i < CALLS; i += 1) await call();
    return (performance.now() - started) / CALLS;
  };

  for (let i = 0; i < 50; i += 1) {
    await viaSdk();
    await viaFetch();
  }
  const sdkMs: number[] = [];
  const fetchMs: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    if (round % 2 === 0) {
      sdkMs.push(await meanMs(viaSdk));
      fetchMs.push(await meanMs(viaFetch));
    } else {
      fetchMs.push(await meanMs(viaFetch));
      sdkMs.push(await meanMs(viaSdk));
    }
  }
  const bundle = await readFile(fileURLToPath(new URL('../../client/dist/esm/index.js', import.meta.url)));
  const report = {
    rounds: ROUNDS,
    callsPerRound: CALLS,
    medianMsPerCall: { sdk: Number(median(sdkMs).toFixed(3)), fetch: Number(median(fetchMs).toFixed(3)) },
    ratioSdkToFetch: Number((median(sdkMs) / median(fetchMs)).toFixed(3)),
    bundleBytes: { esm: bundle.length, esmGzip: gzipSync(bundle, { level: 9 }).length },
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} finally {
  await carloServer.close();
  await rm(dataDir, { recursive: true, force: true });
}
