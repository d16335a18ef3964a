import { randomInt, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { customerWithKey } from '../support/factories.js';
import { ledgerDisagreements, NO_THROTTLE, setOverrides, sql, usageLedgerDisagreements } from '../integration/credits-helpers.js';
import { referenceModel } from '../integration/simulation-fixtures.js';
import { faultSetting } from './shared-database.js';
import { codeOf, isReply, postGraphql, type Reply, startServerProcess } from './fault-support.js';

// Documents are sent as text: the fault tier adds none to the generated documents of the ordinary suite.
const RUN = 'mutation KilledRun($input: SimulationInput!) { runSimulation(input: $input) { runId iterationsRun } }';
const CONCURRENT = 8;

const setting = faultSetting();

/** Retries with the same key until the request is answered (a killed holder's lease lapses within 15 s). */
async function retryUntilAnswered(
  url: string,
  payload: { query: string; variables?: unknown },
  headers: Record<string, string>,
): Promise<Reply> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const outcome = await postGraphql(url, payload, headers, 120_000);
    if (isReply(outcome) && codeOf(outcome) !== 'CONFLICT') return outcome;
    if (Date.now() > deadline) throw new Error(`no answer within 60 s: ${JSON.stringify(outcome)}`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

describe('SIGKILL under load (fault tier)', () => {
  it('leaves stored runs = charged runs = usage events, a balanced ledger, and keys that retry within seconds', async () => {
    const { app, env, track } = setting();
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, NO_THROTTLE);
    const requests = Array.from({ length: CONCURRENT + 1 }, (_, i) => ({
      payload: { query: RUN, variables: { input: referenceModel(50_000 + 10_000 * i, i + 1) } },
      headers: { authorization: `Bearer ${key}`, 'idempotency-key': randomUUID() },
    }));
    // One after another: three processes compiling at once on a loaded machine start slowly.
    // The first dies after the run, before the transaction that stores it with its charge.
    const stored = await startServerProcess({ ...env, CARLO_FAULT_KILL_BEFORE_BILLABLE_WRITE: '1' }, 180_000);
    const underLoad = await startServerProcess(env, 180_000);
    const survivor = await startServerProcess(env, 180_000);
    track(stored, underLoad, survivor);

    const [first, ...loaded] = requests;
    expect(isReply(await postGraphql(stored.url, first.payload, first.headers, 120_000))).toBe(false);
    expect(await stored.exited).toMatchObject({ signal: 'SIGKILL' });
    // Killed at a random point while requests run, are stored and are charged.
    const inFlight = loaded.map((request) => postGraphql(underLoad.url, request.payload, request.headers, 120_000));
    await new Promise((resolve) => setTimeout(resolve, randomInt(300, 3_000)));
    underLoad.child.kill('SIGKILL');
    await underLoad.exited;
    await Promise.all(inFlight);

    const killedAt = Date.now();
    const answers = await Promise.all(requests.map((request) => retryUntilAnswered(survivor.url, request.payload, request.headers)));
    expect(Date.now() - killedAt).toBeLessThan(45_000);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(codeOf(answer)).toBeUndefined();
    }

    // A run is written in the transaction that charges it: the process killed before that write left no run behind.
    const succeeded = await sql<{ id: string }>(app, "select id from simulation_run where customer_id = ? and status = 'succeeded'", [
      customer.id,
    ]);
    expect(succeeded).toHaveLength(requests.length);
    expect(await sql(app, 'select 1 from usage_event where customer_id = ? and charged_credits > 0', [customer.id])).toHaveLength(
      requests.length,
    );
    const runIds = new Set(succeeded.map((row) => row.id));
    const answeredRunIds = answers.map(
      (answer) => (answer.body?.data as { runSimulation?: { runId: string } } | undefined)?.runSimulation?.runId,
    );
    expect(answeredRunIds.every((id) => id !== undefined && runIds.has(id))).toBe(true);
    expect(await sql(app, "select 1 from simulation_run where customer_id = ? and status <> 'succeeded'", [customer.id])).toEqual([]);
    expect(await ledgerDisagreements(app, [customer.id])).toEqual([]);
    expect(await usageLedgerDisagreements(app, [customer.id])).toEqual([]);
  }, 900_000);
});
