import { randomInt, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { customerWithKey } from '../support/factories.js';
import { ledgerDisagreements, NO_THROTTLE, setOverrides, sql, usageLedgerDisagreements } from '../integration/credits-helpers.js';
import { longModel, until } from '../integration/simulation-fixtures.js';
import { faultSetting } from './shared-database.js';
import { codeOf, isReply, postGraphql, type Reply, startServerProcess } from './fault-support.js';

// Documents are sent as text: the fault tier adds none to the generated documents of the ordinary suite.
const RUN = 'mutation LeaseRun($input: SimulationInput!) { runSimulation(input: $input) { runId iterationsRun } }';

const setting = faultSetting();

describe('an Idempotency-Key held by a killed process (fault tier)', () => {
  it('says a lease is held, then runs the retry once the lease lapses, within seconds, charging once', async () => {
    const { app, env, track } = setting();
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, NO_THROTTLE);
    const idempotencyKey = randomUUID();
    const headers = { authorization: `Bearer ${key}`, 'idempotency-key': idempotencyKey };
    // Long enough (seconds of CPU) that the process is killed while it computes, before anything is stored.
    const payload = { query: RUN, variables: { input: longModel(4_000_000) } };
    const [doomed, survivor] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
    track(doomed, survivor);

    const lost = postGraphql(doomed.url, payload, headers, 120_000);
    await until(
      () => sql(app, 'select 1 from idempotency_record where customer_id = ? and key = ?', [customer.id, idempotencyKey]),
      (rows) => rows.length === 1,
      60_000,
      'the claim of the first attempt',
    );
    await new Promise((resolve) => setTimeout(resolve, randomInt(0, 500)));
    doomed.child.kill('SIGKILL');
    expect(await doomed.exited).toMatchObject({ signal: 'SIGKILL' });
    expect(isReply(await lost)).toBe(false);
    const killedAt = Date.now();

    const first = await postGraphql(survivor.url, payload, headers, 120_000);
    if (!isReply(first)) throw new Error(`retry failed: ${first.error}`);
    expect(codeOf(first)).toBe('CONFLICT');
    expect(JSON.stringify(first.body?.errors)).toContain('lease');

    let retried: Reply = first;
    while (codeOf(retried) === 'CONFLICT' && Date.now() - killedAt < 60_000) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const outcome = await postGraphql(survivor.url, payload, headers, 120_000);
      if (!isReply(outcome)) throw new Error(`retry failed: ${outcome.error}`);
      retried = outcome;
    }
    // The lease is 15 s; the old fixed lock kept the key for two minutes.
    expect(Date.now() - killedAt).toBeLessThan(30_000);
    expect(retried.status).toBe(200);
    expect(codeOf(retried)).toBeUndefined();

    const runs = await sql<{ id: string }>(app, "select id from simulation_run where customer_id = ? and status = 'succeeded'", [
      customer.id,
    ]);
    const events = await sql(app, 'select 1 from usage_event where customer_id = ? and charged_credits > 0', [customer.id]);
    expect(runs).toHaveLength(1);
    expect(events).toHaveLength(1);
    expect(retried.body?.data).toMatchObject({ runSimulation: { runId: runs[0].id } });
    expect(await ledgerDisagreements(app, [customer.id])).toEqual([]);
    expect(await usageLedgerDisagreements(app, [customer.id])).toEqual([]);
  });
});
