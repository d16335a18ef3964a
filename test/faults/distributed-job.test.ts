import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compileStored, toModelSpec } from '../../server/src/domain/simulation/simulation-model.js';
import { runModel } from '../../server/src/domain/simulation/runner/index.js';
import type { SimulationInput } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { NO_THROTTLE, setOverrides, sql } from '../integration/credits-helpers.js';
import { longModel, sharedDatabase, until } from '../integration/simulation-fixtures.js';

const StartSpread = graphql(`mutation StartSpreadJob($input: SimulationInput!) { startSimulation(input: $input) { id } }`);
const CancelSpread = graphql(`mutation CancelSpreadJob($id: ID!) { cancelSimulation(id: $id) { status iterationsRun } }`);

const root = fileURLToPath(new URL('../..', import.meta.url));
const secrets = { API_KEY_PEPPER: randomBytes(24).toString('hex'), SESSION_SECRET: randomBytes(24).toString('hex') };
/** 48 chunks: 6 parts of 8 chunks, over the distribution threshold of 32 chunks. */
const ITERATIONS = 48 * 65_536;
let database: Awaited<ReturnType<typeof sharedDatabase>>;
let app: TestApp | null = null;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  database = await sharedDatabase();
  app = await startTestApp({ DATABASE_URL: database.url, RUN_WORKER: 'false', STRIPE_EMULATOR_PORT: '0', ...secrets });
});
afterAll(async () => {
  for (const worker of workers) worker.kill('SIGKILL');
  await app?.close();
  await database?.close();
});

/** `npm run worker` as its own process, so it can die the way a machine does. */
function startWorkerProcess(): ChildProcess {
  const worker = spawn(process.execPath, ['--import', 'tsx', 'server/src/app/worker.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      DATABASE_POOL_MAX: '2',
      LOG_LEVEL: 'silent',
      SIMULATION_WORKERS: '1',
      ...secrets,
    },
    stdio: 'ignore',
  });
  workers.push(worker);
  return worker;
}

function theApp(): TestApp {
  if (!app) throw new Error('The app is not started.');
  return app;
}

async function startJob(input: SimulationInput) {
  const { customer, key } = await customerWithKey(theApp());
  await setOverrides(theApp(), customer.id, NO_THROTTLE);
  const started = await theApp().client.request(StartSpread, { input }, { key });
  expect(started.errors).toEqual([]);
  const id = started.data?.startSimulation.id ?? '';
  const [{ request_id: requestId }] = await sql<{ request_id: string }>(theApp(), 'select request_id from simulation_run where id = ?', [
    id,
  ]);
  // Read by SQL: polling through the API would be metered calls competing with the job for the database.
  const status = async () => {
    const [row] = await sql<{ status: string; progress: number; iterationsRun: number | null; credits: number }>(
      theApp(),
      'select upper(status) as status, progress, iterations_run as "iterationsRun", credits from simulation_run where id = ?',
      [id],
    );
    return row;
  };
  return { id, key, requestId, status };
}

type PartRow = { part_index: number; iterations_done: number; attempts: number; finished: boolean };
const partsOf = (id: string) =>
  sql<PartRow>(
    theApp(),
    'select part_index, iterations_done, attempts, finished_at is not null as finished from simulation_run_part where run_id = ? order by part_index',
    [id],
  );
const ledgerOf = (requestId: string) =>
  sql<{ kind: string; credits: number }>(theApp(), 'select kind, credits from credit_ledger where request_id = ? order by id', [requestId]);

/**
 * Needs a PostgreSQL server (DATABASE_URL): embedded PGlite serves every connection through one
 * backend, and the pools of an API and three workers time out on it.
 */
describe.skipIf(!inject('databaseUrl'))('one job over three worker processes', () => {
  it('survives a SIGKILLed worker with the single-process bits, billed once', { timeout: 400_000 }, async () => {
    const input = longModel(ITERATIONS, 31);
    const job = await startJob(input);
    const [first] = [startWorkerProcess(), startWorkerProcess(), startWorkerProcess()];
    // Parts run side by side, and the run's progress is the sum of theirs.
    const busy = await until(
      () => partsOf(job.id),
      // Each process runs at most 2 parts at once, so with 5 parts running every process runs one.
      (parts) => parts.length === 6 && parts.filter((p) => p.iterations_done > 0 && !p.finished).length >= 5,
      180_000,
      'five parts to make progress at once',
    );
    expect(busy.length).toBe(6);
    const running = await job.status();
    expect(running.status).toBe('RUNNING');
    expect(running.progress).toBeGreaterThan(0);
    first.kill('SIGKILL');
    // The killed process's parts lapse and run again elsewhere; the other parts are not redone.
    const retried = await until(
      () => partsOf(job.id),
      (parts) => parts.some((p) => p.attempts >= 2),
      180_000,
      'a part of the killed worker to be retried',
    );
    expect(retried.filter((p) => p.attempts >= 2).length).toBeLessThanOrEqual(2);

    const done = await until(job.status, (run) => run.status === 'SUCCEEDED' || run.status === 'FAILED', 300_000, 'the job to finish');
    expect(done).toMatchObject({ status: 'SUCCEEDED', progress: 1, iterationsRun: ITERATIONS });
    const [{ result }] = await sql<{ result: unknown }>(theApp(), 'select result from simulation_run where id = ?', [job.id]);
    // What one process computes for the same stored model: the bits must be the same.
    const single = await runModel(compileStored(toModelSpec(input), 31), { workers: 2 });
    // jsonb keeps its own key order; toEqual compares every number with Object.is, bit for bit.
    expect(result).toEqual(JSON.parse(JSON.stringify(single)));
    // Settled once, for every iteration; the parts are gone.
    const entries = await ledgerOf(job.requestId);
    expect(entries.filter((e) => e.kind === 'settle')).toEqual([{ kind: 'settle', credits: done.credits }]);
    expect(entries.map((e) => e.kind)).toEqual(['reserve', 'settle']);
    expect(await partsOf(job.id)).toEqual([]);
  });

  it('cancels every part on every process at its next chunk boundary', { timeout: 300_000 }, async () => {
    const job = await startJob(longModel(ITERATIONS, 32));
    await until(
      () => partsOf(job.id),
      (parts) => parts.filter((p) => p.iterations_done > 0).length >= 2,
      180_000,
      'two parts to make progress at once',
    );
    const cancelled = await theApp().client.request(CancelSpread, { id: job.id }, { key: job.key });
    expect(cancelled.data?.cancelSimulation.status).toBe('CANCELLED');
    const billed = cancelled.data?.cancelSimulation.iterationsRun ?? 0;
    expect(billed).toBeGreaterThan(0);
    expect(billed).toBeLessThan(ITERATIONS);
    // Every part stops and cleans up (or the sweep removes parts that never started).
    await until(
      () => partsOf(job.id),
      (parts) => parts.length === 0,
      120_000,
      'the parts to stop',
    );
    const after = await job.status();
    expect(after).toMatchObject({ status: 'CANCELLED', iterationsRun: billed });
    // Billed once, for the iterations the parts had recorded as done when the cancel came.
    const entries = await ledgerOf(job.requestId);
    expect(entries.filter((e) => e.kind === 'settle')).toHaveLength(1);
    expect(entries.map((e) => e.kind)).toEqual(['reserve', 'settle', 'release']);
  });
});
