import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreditSweeper } from '../../server/src/metering/credits/credit-sweeper.js';
import type { SimulationInput } from '../generated/graphql.js';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { customerWithKey } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { ledgerDisagreements, NO_THROTTLE, setOverrides, sql, usageLedgerDisagreements } from './credits-helpers.js';
import { AppsOnOneDatabase, longModel, referenceModel, until } from './simulation-fixtures.js';

const StartJob = graphql(`mutation CreditsStartJob($input: SimulationInput!) { startSimulation(input: $input) { id status credits } }`);
const JobState = graphql(
  `query CreditsJobState($id: ID!) { simulation(id: $id) { id status progress iterations iterationsRun attempts } }`,
);
const CancelJob = graphql(`mutation CreditsCancelJob($id: ID!) { cancelSimulation(id: $id) { id status progress iterations } }`);

type Cost = { requested: number; charged: number; held?: number };
let apps: AppsOnOneDatabase;
const startApp = (worker: boolean): Promise<TestApp> => apps.start(worker);
const stopApp = (app: TestApp): Promise<void> => apps.stop(app);

/** A customer whose rate limit stays out of the way, with its first job accepted and its credits held. */
async function startedJob(app: TestApp, input: SimulationInput) {
  const { customer, key } = await customerWithKey(app);
  await setOverrides(app, customer.id, NO_THROTTLE);
  const response = await app.client.request(StartJob, { input }, { key });
  expect(response.errors).toEqual([]);
  const id = response.data?.startSimulation.id ?? '';
  const [{ request_id: requestId }] = await sql<{ request_id: string }>(app, 'select request_id from simulation_run where id = ?', [id]);
  return { customerId: customer.id, key, id, requestId, cost: response.extensions.cost as Cost };
}

async function stateOf(app: TestApp, id: string, key: string) {
  const response = await app.client.request(JobState, { id }, { key });
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.simulation;
}

type Entries = { kind: string; credits: number; reason: string | null }[];
async function entriesOf(app: TestApp, requestId: string): Promise<Entries> {
  return sql(app, 'select kind, credits, reason from credit_ledger where request_id = ? order by id', [requestId]);
}
async function eventOf(app: TestApp, requestId: string) {
  const [event] = await sql<{ charged_credits: number; held_credits: number; actual_credits: number }>(
    app,
    'select charged_credits, held_credits, actual_credits from usage_event where request_id = ?',
    [requestId],
  );
  return event;
}

/** Invariants 1 and 2 by SQL, plus: nothing stays reserved once the customer's jobs ended. */
async function expectBooksBalance(app: TestApp, customerId: string): Promise<void> {
  expect(await ledgerDisagreements(app, [customerId])).toEqual([]);
  expect(await usageLedgerDisagreements(app, [customerId])).toEqual([]);
  const [row] = await sql<{ reserved: number; held: number }>(
    app,
    `select (select coalesce(sum(reserved_credits), 0)::int from credit_balance where customer_id = ?) as reserved,
            (select coalesce(sum(held_credits), 0)::int from usage_event where customer_id = ?) as held`,
    [customerId, customerId],
  );
  expect(row).toEqual({ reserved: 0, held: 0 });
}

beforeAll(async () => {
  apps = await AppsOnOneDatabase.open();
});
afterAll(async () => {
  await apps?.close();
});

describe('job settlement', () => {
  it('charges an auto-stopped job what it ran and releases the rest with the run id', async () => {
    const app = await startApp(true);
    try {
      const input = {
        ...longModel(1_000_000, 8),
        inputs: [{ name: 'a', distribution: { type: 'NORMAL' as const, mean: 10, sd: 1 } }],
        outputs: [{ name: 'y', formula: '2 * a' }],
        autoStop: { output: 'y', statistic: 'MEAN' as const, tolerance: 0.05 },
      };
      const job = await startedJob(app, input);
      // Accepted: the 10-credit estimate is held, nothing is charged yet.
      expect(job.cost).toMatchObject({ requested: 10, charged: 0, held: 10 });
      expect(await eventOf(app, job.requestId)).toMatchObject({ charged_credits: 0, held_credits: 10 });
      const done = await until(
        () => stateOf(app, job.id, job.key),
        (run) => run.status === 'SUCCEEDED' || run.status === 'FAILED',
        60_000,
        'the job to finish',
      );
      expect(done.status).toBe('SUCCEEDED');
      const ran = Math.ceil((done.iterationsRun ?? 0) / 100_000);
      expect(done.iterationsRun).toBeLessThan(1_000_000);
      expect(await eventOf(app, job.requestId)).toEqual({ charged_credits: ran, held_credits: 0, actual_credits: ran });
      const entries = await entriesOf(app, job.requestId);
      expect(entries.map((e) => [e.kind, e.credits])).toEqual([
        ['reserve', 10],
        ['settle', ran],
        ['release', 10 - ran],
      ]);
      expect(entries[2].reason).toContain(job.id);
      await expectBooksBalance(app, job.customerId);
    } finally {
      await stopApp(app);
    }
  });

  it('refunds a cancelled queued job entirely, once, however often it is cancelled', async () => {
    const api = await startApp(false);
    try {
      const job = await startedJob(api, referenceModel(100_000, 1));
      expect(job.cost).toMatchObject({ requested: 10, charged: 0, held: 10 });
      const cancels = await Promise.all([1, 2, 3].map(() => api.client.request(CancelJob, { id: job.id }, { key: job.key })));
      for (const cancelled of cancels) expect(cancelled.data?.cancelSimulation.status).toBe('CANCELLED');
      expect((await entriesOf(api, job.requestId)).map((e) => [e.kind, e.credits])).toEqual([
        ['reserve', 10],
        ['release', 10],
      ]);
      expect(await eventOf(api, job.requestId)).toEqual({ charged_credits: 0, held_credits: 0, actual_credits: 0 });
      await expectBooksBalance(api, job.customerId);
    } finally {
      await stopApp(api);
    }
  });

  it('charges a cancelled running job for the chunks it ran, and a late completion does not settle again', async () => {
    const api = await startApp(false);
    const worker = await startApp(true);
    try {
      const job = await startedJob(api, longModel(8_000_000, 5));
      await until(
        () => stateOf(api, job.id, job.key),
        (run) => run.status === 'RUNNING' && run.progress > 0,
        60_000,
        'the job to make progress',
      );
      const cancelled = await api.client.request(CancelJob, { id: job.id }, { key: job.key });
      const run = cancelled.data?.cancelSimulation;
      expect(run?.status).toBe('CANCELLED');
      const ranIterations = Math.round((run?.progress ?? 0) * (run?.iterations ?? 0));
      const paid = Math.ceil((ranIterations * 2) / 100_000);
      expect(paid).toBeGreaterThan(0);
      await until(
        async () => worker.services.simulations.activeJobs(),
        (active) => active === 0,
        10_000,
        'the worker to stop the job',
      );
      expect((await entriesOf(api, job.requestId)).map((e) => [e.kind, e.credits])).toEqual([
        ['reserve', 160],
        ['settle', paid],
        ['release', 160 - paid],
      ]);
      expect(await eventOf(api, job.requestId)).toMatchObject({ charged_credits: paid, held_credits: 0 });
      // The row shows what was run and billed, not null.
      expect((await stateOf(api, job.id, job.key)).iterationsRun).toBe(ranIterations);
      const again = await api.client.request(CancelJob, { id: job.id }, { key: job.key });
      expect(again.data?.cancelSimulation.status).toBe('CANCELLED');
      expect(await entriesOf(api, job.requestId)).toHaveLength(3);
      await expectBooksBalance(api, job.customerId);
    } finally {
      await stopApp(worker);
      await stopApp(api);
    }
  });

  it('refunds a job that fails permanently (our fault), once even if the dead letter arrives twice', async () => {
    const api = await startApp(false);
    try {
      const job = await startedJob(api, referenceModel(100_000, 2));
      // What the dead-letter queue's handler does once pg-boss used up the retries.
      await Promise.all([api.services.simulations.runner.markDead(job.id), api.services.simulations.runner.markDead(job.id)]);
      expect((await stateOf(api, job.id, job.key)).status).toBe('FAILED');
      expect((await entriesOf(api, job.requestId)).map((e) => [e.kind, e.credits])).toEqual([
        ['reserve', 10],
        ['release', 10],
      ]);
      expect(await eventOf(api, job.requestId)).toEqual({ charged_credits: 0, held_credits: 0, actual_credits: 0 });
      const late = await api.client.request(CancelJob, { id: job.id }, { key: job.key });
      expect(errorCodes(late)).toEqual(['CONFLICT']);
      await expectBooksBalance(api, job.customerId);
    } finally {
      await stopApp(api);
    }
  });

  it('settles a job retried after a worker shutdown exactly once', async () => {
    const first = await startApp(true);
    // Long enough that the shutdown always lands while the job runs (a shorter one could finish first).
    const job = await startedJob(first, longModel(2_000_000, 11));
    await until(
      () => stateOf(first, job.id, job.key),
      (run) => run.status === 'RUNNING' && run.progress > 0,
      60_000,
      'the job to make progress',
    );
    await stopApp(first);
    const second = await startApp(true);
    try {
      const done = await until(
        () => stateOf(second, job.id, job.key),
        (run) => run.status === 'SUCCEEDED' || run.status === 'FAILED',
        90_000,
        'the retried job to finish',
      );
      expect(done).toMatchObject({ status: 'SUCCEEDED', attempts: 2 });
      // 2,000,000 iterations x 2 inputs = 40 credits, all of them run: settled in full, nothing released.
      expect((await entriesOf(second, job.requestId)).map((e) => [e.kind, e.credits])).toEqual([
        ['reserve', 40],
        ['settle', 40],
      ]);
      expect(await eventOf(second, job.requestId)).toEqual({ charged_credits: 40, held_credits: 0, actual_credits: 40 });
      await expectBooksBalance(second, job.customerId);
    } finally {
      await stopApp(second);
    }
  });
});

describe('credit sweeper', () => {
  it('releases an orphaned reservation once when two sweepers run at once, and leaves job holds alone', async () => {
    const api = await startApp(false);
    try {
      const job = await startedJob(api, referenceModel(100_000, 3));
      // The crash: a request reserved as the pipeline does, then its process died before settling.
      const { credits } = api.services.monetization;
      const handle = await credits.currentPeriod(job.customerId, 0);
      const requestId = `crashed-${randomUUID()}`;
      expect(await credits.reserve(handle, 7, requestId, false)).toMatchObject({ ok: true });
      const a = new CreditSweeper(api.services.orm, api.services.logger);
      const b = new CreditSweeper(api.services.orm, api.services.logger);
      // Still young: a request may be running.
      expect((await a.sweep()).releasedRequests).toBe(0);
      const later = new Date(Date.now() + 11 * 60_000);
      const results = await Promise.all([a.sweep(later), b.sweep(later)]);
      expect(results.reduce((sum, r) => sum + r.releasedRequests, 0)).toBe(1);
      expect((await a.sweep(later)).releasedRequests).toBe(0);
      const entries = await entriesOf(api, requestId);
      expect(entries.map((e) => [e.kind, e.credits])).toEqual([
        ['reserve', 7],
        ['release', 7],
      ]);
      // The job's hold has a usage event: it is the job's to settle, not an orphan.
      expect((await entriesOf(api, job.requestId)).map((e) => e.kind)).toEqual(['reserve']);
      await api.client.request(CancelJob, { id: job.id }, { key: job.key });
      await expectBooksBalance(api, job.customerId);
    } finally {
      await stopApp(api);
    }
  });

  it('deletes expired idempotency records and keeps live ones', async () => {
    const api = await startApp(false);
    try {
      const { customer } = await customerWithKey(api);
      const insert = `insert into idempotency_record (customer_id, key, body_hash, request_id, locked_until, expires_at, created_at) values (?, ?, 'h', 'r', now(), ?, now())`;
      await sql(api, insert, [customer.id, 'expired', new Date(Date.now() - 60_000)]);
      await sql(api, insert, [customer.id, 'live', new Date(Date.now() + 3_600_000)]);
      const result = await new CreditSweeper(api.services.orm, api.services.logger).sweep();
      expect(result.idempotencyDeleted).toBeGreaterThanOrEqual(1);
      const keys = await sql<{ key: string }>(api, 'select key from idempotency_record where customer_id = ? order by key', [customer.id]);
      expect(keys.map((k) => k.key)).toEqual(['live']);
    } finally {
      await stopApp(api);
    }
  });
});
