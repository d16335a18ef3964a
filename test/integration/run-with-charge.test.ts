import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectNothingCharged, NO_THROTTLE, setOverrides, sql } from './credits-helpers.js';
import { referenceModel } from './simulation-fixtures.js';

const StoredWithChargeRun = graphql(`mutation StoredWithChargeRun($input: SimulationInput!) {
  runSimulation(input: $input) { runId iterationsRun }
}`);

/**
 * A synchronous run's row is written in the usage writer's settling transaction: it exists if and
 * only if its charge committed. The failure is a real one, raised by PostgreSQL inside that
 * transaction (a trigger on usage_event scoped to one customer, so parallel test files are untouched).
 */
describe('a synchronous run is stored with its charge', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('stores the run in the transaction that charges it: same request, same credits', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, NO_THROTTLE);
    const response = await app.client.request(StoredWithChargeRun, { input: referenceModel(20_000, 3) }, { key });
    expect(response.errors).toEqual([]);
    const requestId = response.headers.get('x-request-id');
    const [run] = await sql<{ id: string; request_id: string; credits: number; status: string }>(
      app,
      'select id, request_id, credits, status from simulation_run where customer_id = ?',
      [customer.id],
    );
    expect(run).toMatchObject({ id: response.data?.runSimulation.runId, request_id: requestId, status: 'succeeded' });
    const [usage] = await sql<{ charged_credits: number }>(app, 'select charged_credits from usage_event where request_id = ?', [
      requestId,
    ]);
    expect(usage?.charged_credits).toBe(run?.credits);
    // Rows inserted by one transaction carry its id as xmin.
    const writers = await sql<{ xmin: string }>(
      app,
      'select xmin::text from simulation_run where request_id = ? union all select xmin::text from usage_event where request_id = ?',
      [requestId, requestId],
    );
    expect(writers).toHaveLength(2);
    expect(writers[0]?.xmin).toBe(writers[1]?.xmin);
    expect(response.extensions.cost).toMatchObject({ charged: run?.credits });
  });

  it('stores no run and charges nothing when the settling transaction fails in the database', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, NO_THROTTLE);
    const name = `refuse_usage_${randomUUID().replaceAll('-', '')}`;
    await sql(
      app,
      `create function ${name}() returns trigger language plpgsql as $$
       begin
         if new.customer_id = '${customer.id}' then raise exception 'usage refused for this test'; end if;
         return new;
       end $$`,
    );
    await sql(app, `create trigger ${name} before insert on usage_event for each row execute function ${name}()`);
    try {
      const response = await app.client.request(StoredWithChargeRun, { input: referenceModel(20_000, 4) }, { key });
      expect(response.status).toBe(503);
      expect(errorCodes(response)).toEqual(['UNAVAILABLE']);
      expect(response.data).toBeNull();
    } finally {
      await sql(app, `drop trigger ${name} on usage_event`);
      await sql(app, `drop function ${name}()`);
    }
    expect(await sql(app, 'select 1 from simulation_run where customer_id = ?', [customer.id])).toHaveLength(0);
    await expectNothingCharged(app, customer.id);

    // The same call afterwards is stored and charged once.
    const retried = await app.client.request(StoredWithChargeRun, { input: referenceModel(20_000, 4) }, { key });
    expect(retried.errors).toEqual([]);
    expect(await sql(app, 'select 1 from simulation_run where customer_id = ?', [customer.id])).toHaveLength(1);
  });
});

/** With monetization off (the bench's comparison server) nothing settles a call, so the run is stored at once. */
describe('a synchronous run without monetization', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ MONETIZATION: 'off' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('is stored by the call itself, charging nothing', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    const response = await app.client.request(StoredWithChargeRun, { input: referenceModel(2_000, 3) }, { key });
    expect(response.errors).toEqual([]);
    const runs = await sql<{ id: string; status: string }>(app, 'select id, status from simulation_run where customer_id = ?', [
      customer.id,
    ]);
    expect(runs).toEqual([{ id: response.data?.runSimulation.runId, status: 'succeeded' }]);
    const usage = await sql(app, 'select 1 from usage_event where customer_id = ?', [customer.id]);
    expect(usage).toEqual([]);
  });
});
