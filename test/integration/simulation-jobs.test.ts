import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partCount, partJobId } from '../../server/src/domain/simulation/distributed-plan.js';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { customerWithKey } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { AppsOnOneDatabase, longModel, referenceModel, rowsOf, until } from './simulation-fixtures.js';

const StartSimulation = graphql(`mutation StartSimulation($input: SimulationInput!) {
  startSimulation(input: $input) { id status async progress iterations seed reproducibilityKey credits attempts }
}`);
const JobStatus = graphql(`query JobStatus($id: ID!) {
  simulation(id: $id) { id status progress attempts iterationsRun error result { runId reproducibilityKey iterationsRun outputs { mean std percentiles { value } histogram { counts } } sensitivity { inputs { rankCorrelation } } } }
}`);
const CancelJob = graphql(`mutation CancelJob($id: ID!) { cancelSimulation(id: $id) { id status progress } }`);
const RunForComparison = graphql(`mutation RunForComparison($input: SimulationInput!) {
  runSimulation(input: $input) { runId reproducibilityKey iterationsRun outputs { mean std percentiles { value } histogram { counts } } sensitivity { inputs { rankCorrelation } } }
}`);

type Result = { runId: string } & Record<string, unknown>;
function resultBytes(result: Result | null | undefined): string {
  const { runId: _runId, ...rest } = result ?? { runId: '' };
  return JSON.stringify(rest);
}

let apps: AppsOnOneDatabase;
const startApp = (worker: boolean): Promise<TestApp> => apps.start(worker);
const stopApp = (app: TestApp): Promise<void> => apps.stop(app);
async function statusOf(app: TestApp, id: string, key: string) {
  const response = await app.client.request(JobStatus, { id }, { key });
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.simulation;
}
async function jobState(app: TestApp, id: string): Promise<string | null> {
  const rows = await app.services.orm.em.fork().execute<{ state: string }[]>('select state from pgboss.job where id = ?', [id]);
  return rows[0]?.state ?? null;
}

beforeAll(async () => {
  apps = await AppsOnOneDatabase.open();
});
afterAll(async () => {
  await apps?.close();
});

describe('startSimulation', () => {
  it('runs a job to success with progress reaching 1, bit-identical to runSimulation', async () => {
    const app = await startApp(true);
    try {
      const { key } = await customerWithKey(app);
      const input = referenceModel(100_000, 77);
      const started = await app.client.request(StartSimulation, { input }, { key });
      expect(started.errors).toEqual([]);
      const job = started.data?.startSimulation;
      expect(job).toMatchObject({ async: true, iterations: 100_000, seed: 77, credits: 10 });
      const done = await until(
        () => statusOf(app, job?.id ?? '', key),
        (run) => run.status === 'SUCCEEDED' || run.status === 'FAILED',
        60_000,
        'the job to finish',
      );
      expect(done).toMatchObject({ status: 'SUCCEEDED', progress: 1, attempts: 1, iterationsRun: 100_000, error: null });
      expect(done.result?.reproducibilityKey).toBe(job?.reproducibilityKey);
      const sync = await app.client.request(RunForComparison, { input }, { key });
      expect(resultBytes(done.result)).toBe(resultBytes(sync.data?.runSimulation));
    } finally {
      await stopApp(app);
    }
  });

  it('finishes a queued job after a restart of the app', async () => {
    const before = await startApp(false);
    const { key } = await customerWithKey(before);
    const started = await before.client.request(StartSimulation, { input: referenceModel(20_000, 3) }, { key });
    const id = started.data?.startSimulation.id ?? '';
    expect(started.data?.startSimulation.status).toBe('QUEUED');
    await stopApp(before);

    const after = await startApp(true);
    try {
      const done = await until(
        () => statusOf(after, id, key),
        (run) => run.status === 'SUCCEEDED',
        60_000,
        'the queued job to finish after the restart',
      );
      expect(done.result?.iterationsRun).toBe(20_000);
    } finally {
      await stopApp(after);
    }
  });

  it('retries a job interrupted by a shutdown, and the retry gives the same bits', async () => {
    const first = await startApp(true);
    const { key } = await customerWithKey(first);
    // Long enough that the shutdown always lands while the job runs (a shorter one could finish first).
    const input = longModel(2_000_000, 11);
    const started = await first.client.request(StartSimulation, { input }, { key });
    const id = started.data?.startSimulation.id ?? '';
    await until(
      () => statusOf(first, id, key),
      (run) => run.status === 'RUNNING' && run.progress > 0,
      60_000,
      'the job to make progress',
    );
    await stopApp(first);

    const second = await startApp(true);
    try {
      const done = await until(
        () => statusOf(second, id, key),
        (run) => run.status === 'SUCCEEDED' || run.status === 'FAILED',
        90_000,
        'the retried job to finish',
      );
      expect(done).toMatchObject({ status: 'SUCCEEDED', attempts: 2, progress: 1 });
      const sync = await second.client.request(RunForComparison, { input }, { key });
      expect(sync.errors).toEqual([]);
      expect(resultBytes(done.result)).toBe(resultBytes(sync.data?.runSimulation));
    } finally {
      await stopApp(second);
    }
  });
});

describe('cancelSimulation', () => {
  it('cancels a queued job at once, and no worker runs it later', async () => {
    const api = await startApp(false);
    try {
      const { key } = await customerWithKey(api);
      const started = await api.client.request(StartSimulation, { input: referenceModel(10_000, 1) }, { key });
      const id = started.data?.startSimulation.id ?? '';
      const cancelled = await api.client.request(CancelJob, { id }, { key });
      expect(cancelled.data?.cancelSimulation.status).toBe('CANCELLED');
      expect(await jobState(api, id)).toBe('cancelled');
      const again = await api.client.request(CancelJob, { id }, { key });
      expect(again.data?.cancelSimulation.status).toBe('CANCELLED');
      expect((await statusOf(api, id, key)).attempts).toBe(0);
    } finally {
      await stopApp(api);
    }
  });

  /**
   * Starts a job on one app, cancels it from that app once a worker app has made progress, and
   * checks the worker stops between chunks; `jobsAfterCancel` then checks the pg-boss jobs of the run.
   */
  async function cancelFromAnotherProcess(iterations: number, jobsAfterCancel: (api: TestApp, id: string) => Promise<void>) {
    const api = await startApp(false);
    const worker = await startApp(true);
    try {
      const { key } = await customerWithKey(api);
      const started = await api.client.request(StartSimulation, { input: longModel(iterations, 5) }, { key });
      const id = started.data?.startSimulation.id ?? '';
      await until(
        () => statusOf(api, id, key),
        (run) => run.status === 'RUNNING' && run.progress > 0,
        60_000,
        'the job to make progress',
      );
      const cancelled = await api.client.request(CancelJob, { id }, { key });
      expect(cancelled.errors ?? []).toEqual([]);
      expect(cancelled.data?.cancelSimulation.status).toBe('CANCELLED');
      // The worker sees the cancelled row at its next progress write and stops between chunks.
      await until(
        async () => worker.services.simulations.activeJobs(),
        (active) => active === 0,
        10_000,
        'the worker to stop the job',
      );
      await jobsAfterCancel(api, id);
      const final = await statusOf(api, id, key);
      expect(final.status).toBe('CANCELLED');
      expect(final.progress).toBeLessThan(1);
      expect(final.result).toBeNull();
    } finally {
      await stopApp(worker);
      await stopApp(api);
    }
  }

  it('stops a running job between chunks when another process cancels it', async () => {
    // Just under the distributed size: one process runs it on two threads, long enough to cancel mid-run.
    await cancelFromAnotherProcess(2_000_000, async (api, id) => {
      expect(await jobState(api, id)).toBe('cancelled');
    });
  });

  // Jobs are distributed only on a PostgreSQL server (embedded PGlite, one backend for every
  // process, stalls under the parts' writes), so this runs in CI's second run; the fault tier
  // covers the same on several processes.
  it.runIf(process.env.DATABASE_URL)('stops every part of a distributed job when another process cancels it', async () => {
    await cancelFromAnotherProcess(8_000_000, async (api, id) => {
      // 8M iterations are a distributed job: its own job completed once it had sent the parts,
      // and the parts still queued are cancelled with the run.
      expect(await jobState(api, id)).toBe('completed');
      const parts = await Promise.all(Array.from({ length: partCount(8_000_000) }, (_, p) => jobState(api, partJobId(id, p))));
      for (const state of parts) expect(['cancelled', 'completed']).toContain(state);
    });
  });

  // Embedded PGlite is one machine: a job of distributed size runs on one process there, with no parts.
  it.skipIf(process.env.DATABASE_URL)('runs a job of distributed size on one process on embedded PGlite', async () => {
    await cancelFromAnotherProcess(8_000_000, async (api, id) => {
      expect(await jobState(api, id)).toBe('cancelled');
      expect(await jobState(api, partJobId(id, 0))).toBeNull();
      const parts = await api.services.orm.em.fork().execute('select run_id from simulation_run_part where run_id = ?', [id]);
      expect(parts).toEqual([]);
    });
  });

  it("keeps the plan's limit of concurrent jobs and says what to do", async () => {
    const api = await startApp(false);
    try {
      const { customer, key } = await customerWithKey(api, { plan: 'free' });
      const first = await api.client.request(StartSimulation, { input: referenceModel(10_000, 1) }, { key });
      expect(first.errors).toEqual([]);
      const second = await api.client.request(StartSimulation, { input: referenceModel(10_000, 2) }, { key });
      expect(errorCodes(second)).toEqual(['QUOTA_EXCEEDED']);
      expect(second.errors[0].message).toMatch(/at most 1 simulation job/);
      expect(second.errors[0].message).toMatch(/cancelSimulation/);
      expect(await rowsOf(api, customer.id)).toBe(1);
      await api.client.request(CancelJob, { id: first.data?.startSimulation.id ?? '' }, { key });
      const third = await api.client.request(StartSimulation, { input: referenceModel(10_000, 3) }, { key });
      expect(third.errors).toEqual([]);
    } finally {
      await stopApp(api);
    }
  });

  it('refuses a bad model before anything is queued', async () => {
    const api = await startApp(false);
    try {
      const { customer, key } = await customerWithKey(api);
      const response = await api.client.request(
        StartSimulation,
        { input: { ...referenceModel(10_000), outputs: [{ name: 'y', formula: 'x0 +' }] } },
        { key },
      );
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors[0].extensions?.field).toBe('input.outputs[0].formula');
      expect(await rowsOf(api, customer.id)).toBe(0);
    } finally {
      await stopApp(api);
    }
  });
});
