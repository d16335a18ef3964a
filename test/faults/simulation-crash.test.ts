import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { longModel, sharedDatabase, until } from '../integration/simulation-fixtures.js';

const StartCrashJob = graphql(`mutation StartCrashJob($input: SimulationInput!) { startSimulation(input: $input) { id } }`);
const CrashJobStatus = graphql(`query CrashJobStatus($id: ID!) {
  simulation(id: $id) { status progress attempts result { runId iterationsRun outputs { mean std percentiles { value } histogram { counts } } } }
}`);
const RunCrashComparison = graphql(`mutation RunCrashComparison($input: SimulationInput!) {
  runSimulation(input: $input) { runId iterationsRun outputs { mean std percentiles { value } histogram { counts } } }
}`);

const root = fileURLToPath(new URL('../..', import.meta.url));
const secrets = { API_KEY_PEPPER: randomBytes(24).toString('hex'), SESSION_SECRET: randomBytes(24).toString('hex') };
let database: Awaited<ReturnType<typeof sharedDatabase>>;
let worker: ChildProcess | null = null;
let app: TestApp | null = null;

beforeAll(async () => {
  database = await sharedDatabase();
});
afterAll(async () => {
  worker?.kill('SIGKILL');
  await app?.close();
  await database?.close();
});

/** `npm run worker` as its own process, so it can die the way a machine does. */
function startWorkerProcess(url: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'server/src/app/worker.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: url,
      DATABASE_POOL_MAX: '1',
      LOG_LEVEL: 'silent',
      SIMULATION_WORKERS: '1',
      ...secrets,
    },
    stdio: 'ignore',
  });
}

describe('a worker that dies mid-job', () => {
  it('has its job retried by another worker after the heartbeat lapses, with the same bits', { timeout: 150_000 }, async () => {
    app = await startTestApp({ DATABASE_URL: database.url, RUN_WORKER: 'false', STRIPE_EMULATOR_PORT: '0', ...secrets });
    const { key } = await customerWithKey(app);
    const input = longModel(600_000, 21);
    const started = await app.client.request(StartCrashJob, { input }, { key });
    const id = started.data?.startSimulation.id ?? '';
    const status = async () => {
      const response = await app?.client.request(CrashJobStatus, { id }, { key });
      if (!response?.data) throw new Error(JSON.stringify(response?.errors));
      return response.data.simulation;
    };

    worker = startWorkerProcess(database.url);
    await until(status, (run) => run.status === 'RUNNING' && run.progress > 0, 60_000, 'the worker process to make progress');
    worker.kill('SIGKILL');
    worker = null;

    // The row still says RUNNING: nobody told the database. A worker in this app takes over.
    await app.close();
    app = await startTestApp({ DATABASE_URL: database.url, RUN_WORKER: 'true', STRIPE_EMULATOR_PORT: '0', ...secrets });
    const done = await until(
      status,
      (run) => run.status === 'SUCCEEDED' || run.status === 'FAILED',
      120_000,
      'the job to be retried and finish',
    );
    expect(done).toMatchObject({ status: 'SUCCEEDED', attempts: 2, progress: 1 });
    const sync = await app.client.request(RunCrashComparison, { input }, { key });
    const { runId: _a, ...fromJob } = done.result ?? { runId: '' };
    const { runId: _b, ...fromSync } = sync.data?.runSimulation ?? { runId: '' };
    expect(JSON.stringify(fromJob)).toBe(JSON.stringify(fromSync));
  });
});
