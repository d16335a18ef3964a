import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The built package, as integrators get it: `npm test` runs `npm run build -w client` first.
import { Carlo, ConflictError, type SimulationRun } from '@carlo/client';
import { ApiKeyScope } from '../../server/src/domain/keys/api-key.entity.js';
import { graphql } from '../generated/index.js';
import { customerWithKey } from '../support/factories.js';
import type { TestApp } from '../support/test-app.js';
import { NO_THROTTLE, setOverrides, sql } from './credits-helpers.js';
import { AppsOnOneDatabase, longModel, referenceModel } from './simulation-fixtures.js';

const PlansForSdk = graphql(`query PlansForSdk { plans { code includedCredits } }`);

let apps: AppsOnOneDatabase;
let app: TestApp;

beforeAll(async () => {
  apps = await AppsOnOneDatabase.open();
  app = await apps.start(true);
});

afterAll(async () => {
  await apps?.close();
});

async function sdkFor(plan = 'pro', scopes?: ApiKeyScope[]) {
  const owner = await customerWithKey(app, { plan, scopes });
  await setOverrides(app, owner.customer.id, NO_THROTTLE);
  return { ...owner, carlo: new Carlo({ apiKey: owner.key, baseUrl: app.url }) };
}

describe('@carlo/client against a live server', () => {
  it('runs a model and returns its result with the cost receipt, rate-limit state and request id', async () => {
    const { carlo, customer } = await sdkFor();
    const result = await carlo.simulations.run(referenceModel(10_000, 5));
    expect(result).toMatchObject({ iterationsRequested: 10_000, iterationsRun: 10_000, seed: 5 });
    expect(result.outputs[0].name).toBe('y');
    expect(result.lastResponse.cost).toMatchObject({ requested: 1, actual: 1, charged: 1 });
    expect(result.lastResponse.rateLimit.limit).toBe(NO_THROTTLE.burstCredits);
    expect(result.lastResponse.attempts).toBe(1);
    const [event] = await sql<{ request_id: string; charged_credits: number }>(
      app,
      'select request_id, charged_credits from usage_event where customer_id = ?',
      [customer.id],
    );
    expect(event).toEqual({ request_id: result.lastResponse.requestId, charged_credits: 1 });
    expect(carlo.rateLimit).toEqual(result.lastResponse.rateLimit);
    // lastResponse is not enumerable: results serialise as the API's data alone.
    expect(Object.keys(JSON.parse(JSON.stringify(result)))).not.toContain('lastResponse');
  });

  it('sends runSimulation with an Idempotency-Key of its own, or the one given, and a repeat is a replay', async () => {
    const { carlo, customer } = await sdkFor();
    const input = referenceModel(10_000, 9);
    const first = await carlo.simulations.run(input, { idempotencyKey: 'sdk-run-1' });
    const again = await carlo.simulations.run(input, { idempotencyKey: 'sdk-run-1' });
    expect(again.lastResponse.replayed).toBe(true);
    expect(again.runId).toBe(first.runId);
    await carlo.simulations.run(input);
    const keys = await sql<{ key: string }>(app, 'select key from idempotency_record where customer_id = ? order by created_at', [
      customer.id,
    ]);
    expect(keys).toHaveLength(2);
    expect(keys[0].key).toBe('sdk-run-1');
    expect(keys[1].key).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('starts a job, reports progress while waiting, and resolves with the result', async () => {
    const { carlo } = await sdkFor();
    const job = await carlo.simulations.start(longModel(300_000, 21));
    expect(job.lastResponse.cost?.held).toBeGreaterThan(0);
    expect(job.run).toMatchObject({ async: true, iterations: 300_000 });
    const seen: SimulationRun[] = [];
    const stop = job.on('progress', (run) => seen.push(run));
    const finished = await job.wait({ pollIntervalMs: 100 });
    stop();
    expect(finished).toMatchObject({ id: job.id, status: 'SUCCEEDED', progress: 1 });
    expect(finished.result?.iterationsRun).toBe(300_000);
    expect(seen.at(-1)?.status).toBe('SUCCEEDED');
    const progress = seen.map((run) => run.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const listed = await carlo.simulations.list({ perPage: 5 });
    expect(listed.items.map((run) => run.id)).toContain(job.id);
    const fetched = await carlo.simulations.get(job.id);
    expect(fetched.result?.reproducibilityKey).toBe(finished.result?.reproducibilityKey);
  });

  it('cancels a job, and wait() then throws SimulationFailedError with code SIMULATION_CANCELLED', async () => {
    const { carlo } = await sdkFor();
    const job = await carlo.simulations.start(longModel(5_000_000, 4));
    const cancelled = await job.cancel();
    expect(cancelled.status).toBe('CANCELLED');
    await expect(job.wait({ pollIntervalMs: 100 })).rejects.toMatchObject({
      name: 'SimulationFailedError',
      code: 'SIMULATION_CANCELLED',
      run: { status: 'CANCELLED' },
    });
    const handle = await carlo.simulations.job(job.id);
    expect(handle.run.status).toBe('CANCELLED');
  });

  it('quotes a model without running it, priced as the run is charged', async () => {
    const { carlo, customer } = await sdkFor();
    const model = referenceModel(200_000, 1);
    const quote = await carlo.quote(model);
    expect(quote).toMatchObject({ credits: 20, refusal: null });
    expect(quote.lastResponse.cost?.charged).toBe(0);
    const jobQuote = await carlo.quote(model, { job: true });
    expect(jobQuote.credits).toBe(20);
    const run = await carlo.simulations.run(model);
    expect(run.lastResponse.cost?.charged).toBe(quote.credits);
    const runs = await sql(app, 'select 1 from simulation_run where customer_id = ?', [customer.id]);
    expect(runs).toHaveLength(1);
  });

  it('reads the account and its usage, and manages keys with the KEYS_MANAGE scope', async () => {
    const { carlo, customer, keyId } = await sdkFor();
    const me = await carlo.account.me();
    expect(me).toMatchObject({ id: customer.id, plan: { code: 'pro' }, access: { level: 'FULL' } });
    await carlo.simulations.run(referenceModel(10_000, 2));
    const usage = await carlo.usage({ groupBy: 'OPERATION' });
    expect(usage.rows.find((row) => row.group === 'CarloRunSimulation')).toMatchObject({ calls: 1, chargedCredits: 1 });

    const created = await carlo.keys.create({ name: 'ci', scopes: ['SIMULATIONS_READ'] });
    expect(created.secret).toMatch(/^mc_live_/);
    const rotated = await carlo.keys.rotate(created.apiKey.id, { graceHours: 0 });
    expect(rotated.apiKey.id).not.toBe(created.apiKey.id);
    const old = (await carlo.keys.list({ perPage: 10 })).items.find((key) => key.id === created.apiKey.id);
    expect(Date.parse(old?.graceUntil ?? '')).toBeLessThanOrEqual(Date.now());
    const revoked = await carlo.keys.revoke(rotated.apiKey.id);
    expect(revoked.status).toBe('REVOKED');
    const page = await carlo.keys.list({ perPage: 10 });
    expect(page.items.map((key) => key.id)).toEqual(expect.arrayContaining([keyId, created.apiKey.id, rotated.apiKey.id]));
  });

  it('runs any typed document with graphql(), from an AST or a string', async () => {
    const { carlo } = await sdkFor();
    const plans = await carlo.graphql(PlansForSdk, {});
    expect(plans.plans.map((plan) => plan.code)).toContain('pro');
    const text = await carlo.graphql<{ me: { plan: { code: string } } }, Record<string, never>>('query { me { plan { code } } }');
    expect(text.me.plan.code).toBe('pro');
    expect(text.lastResponse.cost?.requested).toBe(0);
  });

  it('gives graphql() mutations a fresh Idempotency-Key per call, and a reused one with another body is a ConflictError', async () => {
    const { carlo } = await sdkFor();
    const create = 'mutation Create($name: String!) { createApiKey(input: { name: $name }) { apiKey { id } } }';
    const first = await carlo.graphql<{ createApiKey: { apiKey: { id: string } } }, { name: string }>(create, { name: 'a' });
    const second = await carlo.graphql<{ createApiKey: { apiKey: { id: string } } }, { name: string }>(create, { name: 'a' });
    expect(second.createApiKey.apiKey.id).not.toBe(first.createApiKey.apiKey.id);
    await carlo.graphql(create, { name: 'b' }, { idempotencyKey: 'sdk-conflict' });
    const conflict = await carlo.graphql(create, { name: 'c' }, { idempotencyKey: 'sdk-conflict' }).catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect(conflict).toMatchObject({ code: 'CONFLICT', status: 409, details: { reason: 'different_body' } });
  });
});
