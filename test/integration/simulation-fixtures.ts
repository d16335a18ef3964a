import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { startEmbeddedPostgres } from '../../server/src/platform/db/embedded-postgres.js';
import { SimulationRun } from '../../server/src/domain/simulation/simulation-run.entity.js';
import type { SimulationInput } from '../generated/graphql.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The reference model of the engine benchmark (server/bench/engine-bench-models.ts): 10 correlated inputs and one formula. */
export function referenceModel(iterations: number, seed: number | null = 12345): SimulationInput {
  const k = 10;
  const matrix = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => 0.6 ** Math.abs(i - j)));
  matrix[0][9] = matrix[9][0] = -0.3;
  matrix[2][7] = matrix[7][2] = 0.25;
  return {
    iterations,
    seed,
    inputs: [
      { name: 'x0', distribution: { type: 'NORMAL', mean: 100, sd: 15 } },
      { name: 'x1', distribution: { type: 'NORMAL', mean: 50, sd: 5 } },
      { name: 'x2', distribution: { type: 'LOGNORMAL', mu: 0, sigma: 0.5 } },
      { name: 'x3', distribution: { type: 'LOGNORMAL', mu: 1, sigma: 0.25 } },
      { name: 'x4', distribution: { type: 'TRIANGULAR', min: 0, mode: 5, max: 10 } },
      { name: 'x5', distribution: { type: 'TRIANGULAR', min: 1, mode: 2, max: 4 } },
      { name: 'x6', distribution: { type: 'UNIFORM', min: 0, max: 1 } },
      { name: 'x7', distribution: { type: 'UNIFORM', min: 10, max: 20 } },
      { name: 'x8', distribution: { type: 'NORMAL', mean: 0, sd: 1 } },
      { name: 'x9', distribution: { type: 'LOGNORMAL', mu: 2, sigma: 0.1 } },
    ],
    outputs: [{ name: 'y', formula: 'x0*x2 + x1*x3 - x4*x5/(1 + x6) + x7*x9/10 + x8*x8' }],
    correlation: { inputs: ['x0', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'x9'], matrix },
  };
}

/** A one-input model whose run time grows with iterations: for jobs that must still be running. */
export function longModel(iterations: number, seed = 7): SimulationInput {
  return {
    iterations,
    seed,
    inputs: [
      { name: 'a', distribution: { type: 'GAMMA', shape: 2.5, scale: 1.5 } },
      { name: 'b', distribution: { type: 'BETA', alpha: 2, beta: 5 } },
    ],
    outputs: [{ name: 'y', formula: 'exp(log(a + 1) * b) + sqrt(a) * pow(b, 1.5)' }],
  };
}

export async function rowsOf(app: TestApp, customerId: string): Promise<number> {
  return app.services.orm.em.fork().count(SimulationRun, { customer: customerId });
}

/** Polls until the check passes or the deadline ends; never sleeps blindly. */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!done(last)) {
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last value: ${JSON.stringify(last).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}

/**
 * One database that several apps open in turn (a restart, or an API process beside a worker):
 * the run's scratch database with DATABASE_URL, else a private embedded copy of the template.
 */
export async function sharedDatabase(): Promise<{ url: string; close(): Promise<void> }> {
  const url = inject('databaseUrl');
  if (url) return { url, close: async () => undefined };
  const template = inject('pgTemplateDir');
  if (!template) throw new Error('global setup provided neither a database URL nor a PGlite template');
  const directory = await mkdtemp(path.join(os.tmpdir(), 'carlo-sim-'));
  await cp(template, directory, { recursive: true });
  const embedded = await startEmbeddedPostgres(directory);
  return {
    url: embedded.url,
    async close() {
      await embedded.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/**
 * Several apps on one database, as API and worker processes share one in production. They share
 * its secrets, or keys made by one are unknown to the next.
 */
export class AppsOnOneDatabase {
  private readonly secrets = { API_KEY_PEPPER: randomBytes(24).toString('hex'), SESSION_SECRET: randomBytes(24).toString('hex') };
  private readonly apps = new Set<TestApp>();

  private constructor(private readonly database: { url: string; close(): Promise<void> }) {}

  static async open(): Promise<AppsOnOneDatabase> {
    return new AppsOnOneDatabase(await sharedDatabase());
  }

  /** An API process alone, or one that also takes jobs. */
  async start(worker: boolean): Promise<TestApp> {
    const app = await startTestApp({
      DATABASE_URL: this.database.url,
      RUN_WORKER: worker ? 'true' : 'false',
      SIMULATION_WORKERS: '2',
      STRIPE_EMULATOR_PORT: '0',
      ...this.secrets,
    });
    this.apps.add(app);
    return app;
  }

  async stop(app: TestApp): Promise<void> {
    this.apps.delete(app);
    await app.close();
  }

  async close(): Promise<void> {
    for (const app of this.apps) await app.close();
    await this.database.close();
  }
}
