import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { MikroORM } from '@mikro-orm/postgresql';
import pino from 'pino';
import { ormConfig } from '../src/app/db/orm-config.js';
import { createCustomer } from '../src/domain/subscriptions/new-customer.service.js';
import { seedPlans } from '../src/domain/plans/index.js';
import { CreditLedgerService } from '../src/metering/credits/credit-ledger.service.js';
import { type Settlement, UsageWriter } from '../src/metering/usage/usage-writer.js';
import { type SimulationLatency, simulationLatency } from './simulation-latency.js';
import {
  announced,
  autocannon as autocannonWith,
  type BenchServer,
  median,
  type Run,
  scratchDatabase,
  stopServer,
  tsNode,
} from './bench-processes.js';
import type { ProfileSummary } from './cpu-profile.js';

/**
 * npm run bench:api — the request path against a bare Apollo Server, and the usage writer against COPY.
 *
 * 1. Three servers: a bare Apollo Server 5 answering `{ hello }` (the anchor), and Carlo from the same
 *    code with MONETIZATION=off and on, on PostgreSQL when DATABASE_URL is set (a scratch database
 *    shared by both) or on embedded PGlite (a data directory each), with the production log level
 *    (BENCH_LOG_LEVEL, default info). Each round runs autocannon (its own process) against all three,
 *    the order rotating; Carlo answers an authenticated `{ me { id } }`. Figures are medians over the
 *    rounds and ratios to the anchor measured in the same run, since the machine's load drifts.
 * 2. A CPU profile of the metered server under the same load (top self-time functions and packages).
 * 2b. A metered runSimulation of 10,000 iterations (simulation-latency.ts): the server's time outside
 *    the engine per call, from its Server-Timing header, and the client's view against the engine
 *    alone and the anchor (BENCH_SIMULATION_CALLS calls, default 300).
 * 3. The usage writer's rows/s (batches of 1,000 through UsageWriter.write, as the pipeline uses it)
 *    against COPY of the same rows into the same database.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const WRITER_ROWS = Number(process.env.BENCH_WRITER_ROWS ?? 20_000);
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? 'info';
const SIMULATION_CALLS = Number(process.env.BENCH_SIMULATION_CALLS ?? 300);
const autocannon = (server: Server, seconds: number) => autocannonWith(server, seconds, CONNECTIONS);

type Target = 'apollo' | 'off' | 'on';
type Server = BenchServer;

async function startApollo(): Promise<Server> {
  const child = spawn(...tsNode('bare-apollo-server.ts'), {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const { url } = await announced(child, 'bare Apollo');
  return { url, key: '', query: '{ hello }', child, dataDir: null };
}

async function startServer(monetization: 'on' | 'off', databaseUrl: string | null, profilePath: string | null): Promise<Server> {
  const dataDir = databaseUrl ? null : await mkdtemp(path.join(os.tmpdir(), `carlo-bench-${monetization}-`));
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: LOG_LEVEL,
    ...(profilePath ? { BENCH_CPU_PROFILE: profilePath } : {}),
    SEED_DEMO: 'false',
    RUN_WORKER: 'false',
    MONETIZATION: monetization,
    STRIPE_EMULATOR_PORT: '0',
    // Production refuses to start without Stripe secrets. Dummy ones are never used: with the billing
    // worker off nothing calls Stripe, and `{ me { id } }` touches no billing code.
    STRIPE_SECRET_KEY: 'sk_test_bench_never_called',
    STRIPE_WEBHOOK_SECRET: 'whsec_bench_never_called',
    BILLING_WORKER: 'false',
    API_KEY_PEPPER: 'bench-pepper-0123456789abcdefghijklmnop',
    SESSION_SECRET: 'bench-session-0123456789abcdefghijklmno',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: dataDir ?? '', DATABASE_URL: '' }),
  };
  // Production mode needs DATABASE_URL; embedded runs stay in test mode with the same settings otherwise.
  if (!databaseUrl) env.NODE_ENV = 'test';
  const child = spawn(...tsNode('api-bench-server.ts'), { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const { url, key } = await announced(child, monetization);
  return { url, key, query: '{ me { id } }', child, dataDir };
}

async function waitForFile(file: string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await readFile(file, 'utf8');
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(100);
    }
  }
}

type Summary = { rps: number; p50: number; p99: number; non2xx: number; roundRatios: number[] };

async function apiBench(databaseUrl: string | null) {
  const profilePath = path.join(os.tmpdir(), `carlo-bench-profile-${randomUUID()}.json`);
  const servers: Record<Target, Server> = {
    apollo: await startApollo(),
    off: await startServer('off', databaseUrl, null),
    on: await startServer('on', databaseUrl, profilePath),
  };
  const targets: Target[] = ['apollo', 'off', 'on'];
  try {
    await Promise.all(targets.map((target) => autocannon(servers[target], 2).catch(() => null)));
    const runs: Record<Target, Run[]> = { apollo: [], off: [], on: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      // Each target goes first, second and third in turn, so drifting load favours none of them.
      const order = targets.map((_, i) => targets[(i + round) % targets.length]);
      for (const target of order) runs[target].push(await autocannon(servers[target], SECONDS));
    }
    const summary = (target: Target): Summary => ({
      rps: median(runs[target].map((r) => r.rps)),
      p50: median(runs[target].map((r) => r.p50)),
      p99: median(runs[target].map((r) => r.p99)),
      non2xx: runs[target].reduce((s, r) => s + r.non2xx, 0),
      // The runs of one round are back to back, so their ratio cancels load that drifts between rounds.
      roundRatios: runs[target].map((run, round) => run.rps / runs.apollo[round].rps),
    });
    // The profile is a separate run of the metered server, so its overhead is in no figure above.
    servers.on.child.kill('SIGUSR2');
    await autocannon(servers.on, SECONDS);
    servers.on.child.kill('SIGUSR2');
    const profile = JSON.parse(await waitForFile(profilePath, 30_000)) as ProfileSummary;
    await rm(profilePath, { force: true });
    const simulation = await simulationLatency(servers.on, servers.apollo, SIMULATION_CALLS, null);
    return {
      simulation,
      apollo: summary('apollo'),
      off: summary('off'),
      on: summary('on'),
      onOff: median(runs.on.map((run, round) => run.rps / runs.off[round].rps)),
      profile,
    };
  } finally {
    for (const target of targets) await stopServer(servers[target]);
  }
}

/** BENCH_ONLY=simulation: the runSimulation latency alone, with a CPU profile of the server taken during its calls. */
async function simulationBench(databaseUrl: string | null) {
  const profilePath = path.join(os.tmpdir(), `carlo-bench-profile-${randomUUID()}.json`);
  const apollo = await startApollo();
  const server = await startServer('on', databaseUrl, profilePath);
  try {
    const simulation = await simulationLatency(server, apollo, SIMULATION_CALLS, () => server.child.kill('SIGUSR2'));
    const profile = JSON.parse(await waitForFile(profilePath, 30_000)) as ProfileSummary;
    await rm(profilePath, { force: true });
    return { simulation, profile };
  } finally {
    await stopServer(server);
    await stopServer(apollo);
  }
}

const COLUMNS =
  'request_id, customer_id, api_key_id, period_start, operation_name, requested_credits, actual_credits, charged_credits, overage_credits, status, latency_ms, occurred_at, stripe_report_state';

async function writerBench(databaseUrl: string | null) {
  let pglite: PGlite | null = null;
  let socket: PGLiteSocketServer | null = null;
  let dir: string | null = null;
  let url = databaseUrl;
  if (!url) {
    dir = await mkdtemp(path.join(os.tmpdir(), 'carlo-bench-writer-'));
    pglite = await PGlite.create(path.join(dir, 'pg'));
    socket = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0 });
    await socket.start();
    url = `postgresql://postgres@${socket.getServerConn()}/postgres`;
  }
  const orm = await MikroORM.init(ormConfig({ clientUrl: url, poolMax: 1 }));
  try {
    if (pglite) await orm.migrator.up();
    const em = orm.em.fork();
    await seedPlans(em);
    const { customer } = await createCustomer(em, {
      company: 'Writer bench',
      email: `writer-${randomUUID()}@example.test`,
      planCode: 'enterprise',
    });
    const handle = await new CreditLedgerService(orm).currentPeriod(customer.id, 2_500_000);
    const keyId = randomUUID();
    const rows = (n: number): Settlement[] =>
      Array.from({ length: n }, () => ({
        requestId: randomUUID(),
        customerId: customer.id,
        apiKeyId: keyId,
        balanceId: handle.balanceId,
        periodStart: handle.period.start,
        operationName: 'MeId',
        requestedCredits: 0,
        reservedCredits: 0,
        actualCredits: 0,
        status: 'ok',
        latencyMs: 1,
        occurredAt: new Date(),
        idempotency: null,
      }));
    const writer = new UsageWriter(orm, pino({ level: 'silent' }));
    const batches = Math.max(1, Math.round(WRITER_ROWS / 1000));
    // Billable rows take the transactional path: balance rows locked, ledger entries appended.
    await orm.em
      .getConnection()
      .execute('update credit_balance set reserved_credits = reserved_credits + ? where id = ?', [batches * 1000, handle.balanceId]);
    /** COPY of a batch, its CSV file written beforehand so that only the statement is timed. */
    const prepareCopy = async (batch: Settlement[]): Promise<() => Promise<void>> => {
      const csv = `${batch.map((s) => [s.requestId, s.customerId, s.apiKeyId, s.periodStart.toISOString(), s.operationName, 0, 0, 0, 0, 'ok', 1, s.occurredAt.toISOString(), 'not_billable'].join(',')).join('\n')}\n`;
      if (pglite) {
        const db = pglite;
        return async () =>
          void (await db.query(`copy usage_event (${COLUMNS}) from '/dev/blob' with (format csv)`, [], { blob: new Blob([csv]) }));
      }
      const file = path.join(os.tmpdir(), `carlo-bench-${randomUUID()}.csv`);
      await writeFile(file, csv, { mode: 0o644 });
      return async () => {
        try {
          await orm.em.getConnection().execute(`copy usage_event (${COLUMNS}) from '${file}' with (format csv)`);
        } finally {
          await rm(file, { force: true });
        }
      };
    };
    const timed = async (work: () => Promise<unknown>) => {
      const started = performance.now();
      await work();
      return 1000 / ((performance.now() - started) / 1000);
    };
    // Each round writes 1,000 rows three ways back to back (the order rotating), so a ratio of one
    // round compares the three under the same load; the medians of the rounds are reported.
    const rounds: { free: number; billable: number; copy: number }[] = [];
    for (let round = 0; round < batches; round += 1) {
      const free = rows(1000);
      const billable = rows(1000).map((s) => ({ ...s, requestedCredits: 1, reservedCredits: 1, actualCredits: 1 }));
      const copy = await prepareCopy(rows(1000));
      const kinds = [
        ['free', () => writer.write(free)],
        ['billable', () => writer.write(billable)],
        ['copy', copy],
      ] as const;
      const result = { free: 0, billable: 0, copy: 0 };
      for (let i = 0; i < kinds.length; i += 1) {
        const [kind, work] = kinds[(i + round) % kinds.length];
        result[kind] = await timed(work);
      }
      rounds.push(result);
    }
    const writerRps = median(rounds.map((r) => r.free));
    const billableRps = median(rounds.map((r) => r.billable));
    const copyRps = median(rounds.map((r) => r.copy));
    const freeRatio = median(rounds.map((r) => r.free / r.copy));
    const billableRatio = median(rounds.map((r) => r.billable / r.copy));
    return { writerRps, billableRps, copyRps, freeRatio, billableRatio };
  } finally {
    await orm.close(true);
    await socket?.stop();
    await pglite?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}

function printSimulation(simulation: SimulationLatency): void {
  const row = (label: string, p50: number, p99: number) => `| ${label} | ${p50.toFixed(2)} | ${p99.toFixed(2)} |\n`;
  process.stdout.write(
    `\nmetered runSimulation of 10,000 iterations, ${simulation.calls} calls one at a time, interleaved with the same model on a warm pool in this process and with the anchor:\n| | p50 ms | p99 ms |\n|---|---:|---:|\n`,
  );
  const { api, engine, anchor, serverEngine, serverOutsideEngine } = simulation;
  process.stdout.write(
    row(
      'server time outside the engine, per call (Server-Timing total − engine; goal p99 <= 2)',
      serverOutsideEngine.p50,
      serverOutsideEngine.p99,
    ),
  );
  process.stdout.write(row("the engine's part, per call (Server-Timing engine)", serverEngine.p50, serverEngine.p99));
  process.stdout.write(row('runSimulation over HTTP, from the client', api.p50, api.p99));
  process.stdout.write(row('engine alone (SimulationPool.run in the bench process)', engine.p50, engine.p99));
  process.stdout.write(row("bare Apollo Server 5 { hello }, the anchor's whole call", anchor.p50, anchor.p99));
  process.stdout.write(row('client-side, outside the engine (runSimulation − engine alone)', api.p50 - engine.p50, api.p99 - engine.p99));
  process.stdout.write(
    row(
      'what Carlo adds over the anchor (runSimulation − engine − anchor)',
      api.p50 - engine.p50 - anchor.p50,
      api.p99 - engine.p99 - anchor.p99,
    ),
  );
}

function printProfile(title: string, profile: ProfileSummary): void {
  process.stdout.write(`\n${title} (${profile.samples} samples, idle excluded), top self time:\n`);
  for (const entry of profile.byPackage.slice(0, 12))
    process.stdout.write(`  ${entry.selfPercent.toFixed(1).padStart(5)}%  ${entry.name}\n`);
  process.stdout.write('functions:\n');
  for (const entry of profile.top.slice(0, 20)) process.stdout.write(`  ${entry.selfPercent.toFixed(1).padStart(5)}%  ${entry.name}\n`);
  process.stdout.write('nearest package callers of the top functions:\n');
  for (const entry of profile.callers) {
    process.stdout.write(`  ${entry.name}\n`);
    for (const caller of entry.callers) process.stdout.write(`    ${caller.selfPercent.toFixed(1).padStart(5)}%  ${caller.name}\n`);
  }
}

const serverUrl = process.env.DATABASE_URL ?? null;
const scratch = serverUrl ? await scratchDatabase(serverUrl) : null;
try {
  const database = scratch ? 'PostgreSQL (scratch database)' : 'embedded PGlite';
  const load = () =>
    os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
  process.stdout.write(
    `bench:api on ${database}, ${ROUNDS} interleaved rounds of ${SECONDS} s, ${CONNECTIONS} connections, log level ${LOG_LEVEL}; ${os.cpus().length} cores, load average ${load()}\n`,
  );
  const only = process.env.BENCH_ONLY;
  const api = only === 'writer' || only === 'simulation' ? null : await apiBench(scratch?.url ?? null);
  const f = (n: number) => n.toFixed(0).padStart(8);
  if (api) {
    const row = (label: string, s: Summary) =>
      `| ${label} | ${f(s.rps)} | ${(s.rps / api.apollo.rps).toFixed(3)} | ${median(s.roundRatios).toFixed(3)} | ${s.p50.toFixed(1)} | ${s.p99.toFixed(1)} | ${(s.p99 - api.apollo.p99).toFixed(1)} | ${s.non2xx} |\n`;
    process.stdout.write(
      `\n| server | requests/s (median) | ratio to bare Apollo | median per-round ratio | p50 ms | p99 ms | p99 − Apollo's | non-2xx |\n|---|---:|---:|---:|---:|---:|---:|---:|\n`,
    );
    process.stdout.write(row('bare Apollo Server 5, { hello }', api.apollo));
    process.stdout.write(row('Carlo, monetization off, { me { id } }', api.off));
    process.stdout.write(row('Carlo, monetization on, { me { id } }', api.on));
    process.stdout.write(
      `\nmonetization on/off: ${(api.on.rps / api.off.rps).toFixed(3)} (median per-round ${api.onOff.toFixed(3)}); p99 difference ${(api.on.p99 - api.off.p99).toFixed(1)} ms\n`,
    );
    printSimulation(api.simulation);
    printProfile('CPU profile of the metered server under { me { id } }', api.profile);
  }
  if (only === 'simulation') {
    const { simulation, profile } = await simulationBench(scratch?.url ?? null);
    printSimulation(simulation);
    printProfile('CPU profile of the metered server during the runSimulation calls', profile);
  }
  if (only !== 'simulation') {
    const writer = await writerBench(scratch?.url ?? null);
    process.stdout.write(
      `\n| usage rows | rows/s |\n|---|---:|\n| UsageWriter.write, batches of 1,000, free calls (one statement) | ${f(writer.writerRps)} |\n| UsageWriter.write, batches of 1,000, billable calls (transaction with ledger) | ${f(writer.billableRps)} |\n| COPY of 1,000 such rows | ${f(writer.copyRps)} |\n`,
    );
    process.stdout.write(
      `\nwriter/COPY, median of per-round ratios: free ${writer.freeRatio.toFixed(3)}, billable ${writer.billableRatio.toFixed(3)} (goal >= 0.5)\n`,
    );
  }
  process.stdout.write(`load average at the end: ${load()}\n`);
} finally {
  await scratch?.drop();
}
