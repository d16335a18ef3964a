import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { customerWithKey } from '../support/factories.js';
import { ledgerDisagreements, NO_THROTTLE, setOverrides, sql, usageLedgerDisagreements } from '../integration/credits-helpers.js';
import { referenceModel } from '../integration/simulation-fixtures.js';
import { faultSetting } from './shared-database.js';
import { codeOf, isReply, postGraphql, startServerProcess } from './fault-support.js';

// Documents are sent as text: the fault tier adds none to the generated documents of the ordinary suite.
const RUN = 'mutation CrashRun($input: SimulationInput!) { runSimulation(input: $input) { runId iterationsRun outputs { mean } } }';

const setting = faultSetting();

describe('the process killed right after the usage commit (fault tier)', () => {
  it('returns the original result to a retry with the same Idempotency-Key, with exactly one usage row', async () => {
    const { app, env, track } = setting();
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, NO_THROTTLE);
    const headers = { authorization: `Bearer ${key}`, 'idempotency-key': randomUUID() };
    const payload = { query: RUN, variables: { input: referenceModel(10_000) } };

    // The seam in usage-writer.ts: SIGKILL after the batch commits, before the response is written.
    const doomed = await startServerProcess({ ...env, CARLO_FAULT_KILL_AFTER_USAGE_COMMIT: '1' });
    track(doomed);
    const lost = await postGraphql(doomed.url, payload, headers);
    expect(isReply(lost)).toBe(false);
    expect(await doomed.exited).toMatchObject({ signal: 'SIGKILL' });

    const committed = await sql<{ request_id: string; charged_credits: number }>(
      app,
      'select request_id, charged_credits from usage_event where customer_id = ?',
      [customer.id],
    );
    expect(committed).toHaveLength(1);
    const runs = await sql<{ id: string }>(app, 'select id from simulation_run where customer_id = ?', [customer.id]);
    expect(runs).toHaveLength(1);

    const restarted = await startServerProcess(env);
    track(restarted);
    const retried = await postGraphql(restarted.url, payload, headers);
    if (!isReply(retried)) throw new Error(`retry failed: ${retried.error}`);
    expect(retried.status).toBe(200);
    expect(codeOf(retried)).toBeUndefined();
    expect(retried.replayed).toBe(true);
    // The original result: the run the killed process executed and committed, not a new one.
    expect(retried.body?.data).toMatchObject({ runSimulation: { runId: runs[0].id, iterationsRun: 10_000 } });

    expect(await sql(app, 'select request_id, charged_credits from usage_event where customer_id = ?', [customer.id])).toEqual(committed);
    expect(await sql(app, 'select id from simulation_run where customer_id = ?', [customer.id])).toEqual(runs);
    expect(committed[0].charged_credits).toBe(1);
    expect(await ledgerDisagreements(app, [customer.id])).toEqual([]);
    expect(await usageLedgerDisagreements(app, [customer.id])).toEqual([]);
    restarted.child.kill('SIGTERM');
    expect(await restarted.exited).toMatchObject({ code: 0 });
  });
});
