import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerWithKey } from '../support/factories.js';
import { PROBE_QUERY } from '../support/probe.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Round trips per metered call (issue 19; server/src/metering/README.md, Performance): every database statement goes
 * through MikroORM's onQuery hook, which the app counts, and every Redis command through
 * `sendCommand` on the app's one command connection, which this file counts. A background task
 * (the last-used writer, the sweepers) could run inside a window, so each figure is the fewest
 * seen over a few windows of calls; the statements of the window are in the failure message.
 */
let app: TestApp;
let redisCommands = 0;
beforeAll(async () => {
  app = await startTestApp();
  const redis = app.services.redis;
  if (redis) {
    const send = redis.sendCommand.bind(redis);
    redis.sendCommand = (...args: Parameters<typeof send>) => {
      redisCommands += 1;
      return send(...args);
    };
  }
});
afterAll(async () => {
  await app?.close();
});

/** What each statement of a metered call is for, recognised by its text. */
const KINDS = {
  /** The usage writer's group commit: the usage events and, for billable batches, the settlement. */
  usageBatch: (sql: string) => /insert into "usage_event"/.test(sql),
  /** A billable batch locks its balance rows first, in the same transaction. */
  batchLock: (sql: string) => /from "credit_balance" where "id" = any\(.*for update$/.test(sql),
  reservation: (sql: string) => /^with "r" as \(update "credit_balance" set "reserved_credits"/.test(sql),
  /** A synchronous run's row as a statement of its own (it rides in its request's settling statement instead). */
  runRow: (sql: string) => /^insert into "simulation_run"/.test(sql),
  /** The probe's own resolver reads the customer's keys. */
  resolver: (sql: string) => /from "api_key"/.test(sql),
  /** Work on its own timer that a metered call never touches (deliveries, the Stripe inbox and outbox, alerts, jobs). */
  background: (sql: string) => /\b(webhook_delivery|webhook_endpoint|stripe_event|stripe_outbox|admin_alert|pgboss)\b/.test(sql),
};
type Kind = keyof typeof KINDS | 'other';
type Trips = { perCall: Record<Kind, number>; redis: number; statements: string[] };

function kindOf(sql: string): Kind {
  for (const [kind, matches] of Object.entries(KINDS)) if (matches(sql)) return kind as Kind;
  return 'other';
}

/** Statements and Redis commands per call, from the quietest of three windows of `calls` sequential calls. */
async function tripsPerCall(query: string, key: string, calls = 5): Promise<Trips> {
  const body = JSON.stringify({ query });
  // Warm: the key, its access subject, the credit period, the document's cost and the balance are cached now.
  for (let call = 0; call < 2; call += 1) expect((await app.client.raw(body, { key })).status).toBe(200);
  let best: Trips | null = null;
  for (let window = 0; window < 3; window += 1) {
    await app.services.monetization.usageWriter.flushed();
    const stop = app.database.queries.watch();
    const redisBefore = redisCommands;
    for (let call = 0; call < calls; call += 1) {
      const response = await app.client.raw(body, { key });
      expect(response.errors).toEqual([]);
    }
    await app.services.monetization.usageWriter.flushed();
    const statements = stop();
    const perCall: Record<Kind, number> = { usageBatch: 0, batchLock: 0, reservation: 0, runRow: 0, resolver: 0, background: 0, other: 0 };
    for (const sql of statements) perCall[kindOf(sql)] += 1 / calls;
    const trips = { perCall, redis: (redisCommands - redisBefore) / calls, statements };
    if (!best || statements.length < best.statements.length) best = trips;
  }
  if (!best) throw new Error('no window was measured');
  return best;
}

/**
 * The credit bucket, when it lives in Redis, is one script call (EVALSHA) per lease, and a lease
 * serves several calls (credit-rate-limiter.ts): at most 2 of the 5 calls of a window take one.
 */
const redisPerCallAtMost = () => (app.services.redis ? 0.4 : 0);

describe('round trips of a warm metered call', () => {
  it('answers { me { id } } without waiting for the database: its usage event goes into a later batch', async () => {
    const { key } = await customerWithKey(app);
    const trips = await tripsPerCall('{ me { id } }', key);
    const { usageBatch, background: _background, ...awaited } = trips.perCall;
    expect(awaited, trips.statements.join('\n')).toEqual({ batchLock: 0, reservation: 0, runRow: 0, resolver: 0, other: 0 });
    expect(usageBatch).toBeLessThanOrEqual(1);
    expect(trips.redis).toBeLessThanOrEqual(redisPerCallAtMost());
  });

  it('meters a 1-credit call with one reservation and a share of one batched settlement', async () => {
    const { key } = await customerWithKey(app);
    const trips = await tripsPerCall(PROBE_QUERY, key);
    expect(trips.perCall.reservation, trips.statements.join('\n')).toBe(1);
    expect(trips.perCall.other, trips.statements.join('\n')).toBe(0);
    expect(trips.perCall.batchLock).toBeLessThanOrEqual(1);
    expect(trips.perCall.usageBatch).toBe(trips.perCall.batchLock);
    expect(trips.redis).toBeLessThanOrEqual(redisPerCallAtMost());
  });

  it('runs a synchronous simulation with one reservation and one settling statement that also stores the run', async () => {
    const { key } = await customerWithKey(app, { plan: 'pro' });
    const run =
      'mutation { runSimulation(input: { iterations: 2000, seed: 5, inputs: [{ name: "x", distribution: { type: NORMAL, mean: 0, sd: 1 } }], outputs: [{ name: "y", formula: "x" }] }) { runId } }';
    const trips = await tripsPerCall(run, key, 3);
    expect(trips.perCall, trips.statements.join('\n')).toEqual({
      reservation: 1,
      batchLock: 1,
      usageBatch: 1,
      runRow: 0,
      resolver: 0,
      background: 0,
      other: 0,
    });
    const settling = trips.statements.filter(KINDS.usageBatch);
    expect(settling.length).toBeGreaterThan(0);
    for (const statement of settling) expect(statement).toMatch(/"charged" as \(insert into "simulation_run"/);
  });

  it('answers a free call at once when a batch of this process read its balance, and writes its event after', async () => {
    const { customer, keyId } = await customerWithKey(app);
    const writer = app.services.monetization.usageWriter;
    const handle = await app.services.monetization.credits.currentPeriod(customer.id, 1000);
    const free = (requestId: string) => ({
      requestId,
      customerId: customer.id,
      apiKeyId: keyId,
      balanceId: handle.balanceId,
      periodStart: handle.period.start,
      operationName: 'Me',
      requestedCredits: 0,
      reservedCredits: 0,
      actualCredits: 0,
      status: 'ok' as const,
      latencyMs: 1,
      occurredAt: new Date(),
      idempotency: null,
    });
    const first = `round-trips-${randomUUID()}`;
    const second = `round-trips-${randomUUID()}`;
    // Unknown balance: the call waits for its batch, which reads the balance.
    await writer.submit(free(first));
    const rowsBefore = writer.stats.rows;
    const answered = await writer.submit(free(second));
    expect(writer.stats.rows, 'answered before its batch was written').toBe(rowsBefore);
    expect(answered.balance.includedRemaining).toBe(1000);
    // Nobody waits for that event: its batch lingers (50 ms) and is then written without a flush.
    for (let tries = 0; tries < 100 && writer.stats.rows === rowsBefore; tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(writer.stats.rows, 'the lingering batch was written').toBe(rowsBefore + 1);
    await writer.flushed();
    const events = await app.services.orm.em
      .fork()
      .getConnection()
      .execute<{ request_id: string }[]>('select request_id from usage_event where request_id in (?, ?)', [first, second]);
    expect(events.map((e) => e.request_id).sort()).toEqual([first, second].sort());
  });
});
