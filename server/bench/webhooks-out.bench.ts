import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  announced,
  autocannon,
  type BenchServer,
  median,
  type Run,
  scratchDatabase,
  stopProcess,
  stopServer,
  tsNode,
} from './bench-processes.js';

/**
 * npm run bench:webhooks-out — outgoing webhook deliveries, and what a busy delivery queue costs the API.
 *
 * One Carlo server (PostgreSQL scratch database when DATABASE_URL is set, else embedded PGlite) with
 * its delivery workers as in production, and a receiver process (niced) that answers 200 at once.
 * 1. The anchor: autocannon on a metered `{ me { id } }` with the queue idle.
 * 2. BENCH_COUNT events (default 10,000) are recorded, one delivery each (their delivery starts at
 *    once), and autocannon runs again as soon as all are recorded, while the rest are delivered.
 *    The receiver notes when each event id first arrives.
 * 3. autocannon once more with the queue idle again; the anchor is the median of both idle runs.
 * Reported: deliveries/s (from the first recorded to the last received), delay percentiles (event
 * recorded → received) and the API's p99 busy against idle as a ratio.
 * BENCH_WORKER=process (PostgreSQL only) runs the deployment production should use: the API with
 * NOTIFICATIONS_WORKER=false and deliveries made by a separate `npm run worker` process.
 */
const COUNT = Number(process.env.BENCH_COUNT ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const DRAIN_SECONDS = Number(process.env.BENCH_DRAIN_SECONDS ?? 600);
const SEPARATE_WORKER = process.env.BENCH_WORKER === 'process';

/**
 * The receiver (bench/webhook-receiver.ts) in its own process, at the lowest priority: it stands for
 * customers' servers, which are on other machines in production, so on this one it takes only CPU
 * the API and the worker leave. Notes the first arrival of each event id with its delay.
 */
class Receiver {
  readonly delaysMs = new Map<string, number>();
  lastAt = 0;
  private readonly child = spawn(...tsNode('webhook-receiver.ts'), { stdio: ['ignore', 'pipe', 'inherit'] });

  async listen(): Promise<string> {
    if (this.child.pid) os.setPriority(this.child.pid, 19);
    const lines = createInterface({ input: this.child.stdout as NodeJS.ReadableStream });
    return new Promise((resolve, reject) => {
      this.child.once('exit', (code) => reject(new Error(`the receiver exited with ${code}`)));
      lines.on('line', (line) => {
        if (line.startsWith('{"url":')) return resolve((JSON.parse(line) as { url: string }).url);
        const [id, delayMs, at] = line.split(' ');
        this.delaysMs.set(id, Number(delayMs));
        this.lastAt = Number(at);
      });
    });
  }

  async close(): Promise<void> {
    await stopProcess(this.child);
  }
}

async function startServer(databaseUrl: string | null, receiverUrl: string): Promise<BenchServer & { env: NodeJS.ProcessEnv }> {
  const dataDir = databaseUrl ? null : await mkdtemp(path.join(os.tmpdir(), 'carlo-bench-webhooks-out-'));
  const env = {
    ...process.env,
    NODE_ENV: databaseUrl ? 'production' : 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    SEED_DEMO: 'false',
    RUN_WORKER: 'false',
    MONETIZATION: 'on',
    STRIPE_EMULATOR_PORT: '0',
    // As in bench:api: with the billing worker off nothing calls Stripe, so dummy secrets are enough.
    STRIPE_SECRET_KEY: 'sk_test_bench_never_called',
    STRIPE_WEBHOOK_SECRET: 'whsec_bench_never_called',
    BILLING_WORKER: 'false',
    API_KEY_PEPPER: 'bench-pepper-0123456789abcdefghijklmnop',
    SESSION_SECRET: 'bench-session-0123456789abcdefghijklmno',
    BENCH_RECEIVER_URL: receiverUrl,
    NOTIFICATIONS_WORKER: String(!SEPARATE_WORKER),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: dataDir ?? '', DATABASE_URL: '' }),
  };
  const child = spawn(...tsNode('webhooks-out-bench-server.ts'), { env, stdio: ['pipe', 'pipe', 'inherit'] });
  const { url, key } = await announced(child, 'webhooks-out');
  return { url, key, query: '{ me { id } }', child, dataDir, env };
}

/** `npm run worker` on the same database, started after the API has migrated it; it logs to stderr only. */
function startWorker(env: NodeJS.ProcessEnv): BenchServer {
  const child = spawn(...tsNode('../src/app/worker.ts'), {
    env: { ...env, WORKER_HEARTBEAT_FILE: path.join(os.tmpdir(), 'carlo-bench-worker-heartbeat') },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { url: '', key: '', query: '', child, dataDir: null };
}

/** Asks the server to record `count` events and resolves with how long recording took. */
function queueEvents(server: BenchServer, count: number): Promise<number> {
  const lines = createInterface({ input: server.child.stdout as NodeJS.ReadableStream });
  const answer = new Promise<number>((resolve) => {
    lines.on('line', (line) => {
      if (!line.startsWith('{"queued":')) return;
      lines.close();
      resolve((JSON.parse(line) as { ms: number }).ms);
    });
  });
  server.child.stdin?.write(`queue ${count}\n`);
  return answer;
}

async function drained(receiver: Receiver, count: number): Promise<void> {
  const deadline = Date.now() + DRAIN_SECONDS * 1000;
  while (receiver.delaysMs.size < count) {
    if (Date.now() > deadline) throw new Error(`only ${receiver.delaysMs.size} of ${count} deliveries arrived in ${DRAIN_SECONDS} s`);
    await sleep(100);
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

const serverUrl = process.env.DATABASE_URL ?? null;
const scratch = serverUrl ? await scratchDatabase(serverUrl) : null;
const receiver = new Receiver();
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
try {
  if (SEPARATE_WORKER && !scratch)
    throw new Error('BENCH_WORKER=process needs DATABASE_URL: a worker process cannot open the embedded database.');
  const server = await startServer(scratch?.url ?? null, await receiver.listen());
  const worker = SEPARATE_WORKER ? startWorker(server.env) : null;
  try {
    const database = scratch ? 'PostgreSQL (scratch database)' : 'embedded PGlite';
    const deployment = worker ? 'API with NOTIFICATIONS_WORKER=false + a worker process' : 'deliveries in the API process';
    process.stdout.write(
      `bench:webhooks-out on ${database}, ${deployment}: ${COUNT} deliveries, autocannon ${SECONDS} s × ${CONNECTIONS} connections; ${os.cpus().length} cores, load average ${load()}\n`,
    );
    // A whole warm-up run: the first seconds run cold code (JIT, key and plan caches), which would make the idle baseline slow.
    await autocannon(server, SECONDS, CONNECTIONS);
    const idleBefore = await autocannon(server, SECONDS, CONNECTIONS);
    const started = Date.now();
    const recordMs = await queueEvents(server, COUNT);
    // The busy run starts once all events are recorded, so it measures the queue draining, not the producer.
    const receivedBefore = receiver.delaysMs.size;
    const busy = await autocannon(server, SECONDS, CONNECTIONS);
    const receivedDuringBusy = receiver.delaysMs.size - receivedBefore;
    await drained(receiver, COUNT);
    const idleAfter = await autocannon(server, SECONDS, CONNECTIONS);

    const delays = [...receiver.delaysMs.values()];
    const seconds = (receiver.lastAt - started) / 1000;
    const idleP99 = median([idleBefore.p99, idleAfter.p99]);
    const row = (label: string, run: Run) =>
      `| ${label} | ${run.rps.toFixed(0)} | ${run.p50.toFixed(1)} | ${run.p99.toFixed(1)} | ${(run.p99 / idleP99).toFixed(3)} | ${run.non2xx} |\n`;
    process.stdout.write(
      `\n| deliveries | recorded in s | all received in s | deliveries/s | delay p50 ms | delay p99 ms | delay max ms |\n|---:|---:|---:|---:|---:|---:|---:|\n| ${COUNT} | ${(recordMs / 1000).toFixed(1)} | ${seconds.toFixed(1)} | ${(COUNT / seconds).toFixed(0)} | ${percentile(delays, 50)} | ${percentile(delays, 99)} | ${Math.max(...delays)} |\n`,
    );
    process.stdout.write(
      `\n| API { me { id } }, metered | requests/s | p50 ms | p99 ms | p99 / idle p99 | non-2xx |\n|---|---:|---:|---:|---:|---:|\n`,
    );
    process.stdout.write(row('queue idle (before)', idleBefore));
    process.stdout.write(
      row(
        `queue busy (${receivedDuringBusy} delivered during the run, ${COUNT - receivedBefore - receivedDuringBusy} still queued after it)`,
        busy,
      ),
    );
    process.stdout.write(row('queue idle (after)', idleAfter));
    process.stdout.write(
      `\nAPI p99 busy / idle (median of both idle runs): ${(busy.p99 / idleP99).toFixed(3)}; load average at the end ${load()}\n`,
    );
  } finally {
    await stopServer(server);
    if (worker) await stopServer(worker);
  }
} finally {
  await receiver.close();
  await scratch?.drop();
}
