import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ledgerDisagreements, NO_THROTTLE, setOverrides, sql, usageLedgerDisagreements } from './credits-helpers.js';

const Quote = graphql(
  `query QuoteRun($query: String!, $variables: JSONObject) { quote(query: $query, variables: $variables) { credits refusal } }`,
);
const RunByWork = graphql(`mutation RunByWork($input: SimulationInput!) { runSimulation(input: $input) { runId iterationsRun } }`);
const PlansWithWorkCap = graphql(`query PlansWithWorkCap { plans { code maxWorkUnitsPerRun } }`);

const RUN = 'mutation ($input: SimulationInput!) { runSimulation(input: $input) { runId } }';
const normal = (name: string) => ({ name, distribution: { type: 'NORMAL' as const, mean: 10, sd: 2 } });
/** 4,500 terms in 45 groups of 100: 4,499 compiled operations, about as long as a formula may be. */
const longFormula = Array.from({ length: 45 }, () => `(${Array.from({ length: 100 }, () => 'x').join('+')})`).join('+');
const cheapModel = (iterations: number) => ({ iterations, seed: 1, inputs: [normal('x')], outputs: [{ name: 'y', formula: 'x' }] });
const heavyModel = (iterations: number) => ({
  iterations,
  seed: 1,
  inputs: [normal('x')],
  outputs: Array.from({ length: 20 }, (_, i) => ({ name: `y${i}`, formula: longFormula })),
});

type Cost = { requested: number; actual: number; charged: number };

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ STRIPE_EMULATOR_PORT: '0' });
});

afterAll(async () => {
  await app?.close();
});

describe('simulations priced by work', () => {
  it('quotes 20 outputs of long formulas at their work, a one-input model at its inputs, before anything runs', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, NO_THROTTLE);
    const cheap = await app.client.request(Quote, { query: RUN, variables: { input: cheapModel(1_000_000) } }, { key });
    expect(cheap.errors).toEqual([]);
    // 1M iterations x 1 input: the price of sampled values, unchanged.
    expect(cheap.data?.quote).toEqual({ credits: 10, refusal: null });
    const heavy = await app.client.request(Quote, { query: RUN, variables: { input: heavyModel(100_000) } }, { key });
    // 100,000 iterations x (1 input + 19 outputs + floor(20 x 4,499 operations / 64) = 1,405) = 142.5M work units.
    expect(heavy.data?.quote).toEqual({ credits: 1_425, refusal: null });
    expect(await sql(app, 'select 1 from simulation_run where customer_id = ?', [customer.id])).toHaveLength(0);
  });

  it('charges a run with many outputs and long formulas what quote said, and the ledger agrees', async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'pro' });
    await setOverrides(app, customer.id, NO_THROTTLE);
    const input = heavyModel(1_000);
    const quoted = await app.client.request(Quote, { query: RUN, variables: { input } }, { key });
    const response = await app.client.request(RunByWork, { input }, { key });
    expect(response.errors).toEqual([]);
    // 1,000 x 1,425 work units = 1,425,000: 15 credits, where sampled values (1,000 x 1 input) cost 1.
    expect(quoted.data?.quote.credits).toBe(15);
    expect(response.extensions.cost as Cost).toMatchObject({ requested: 15, actual: 15, charged: 15 });
    const [run] = await sql<{ credits: number }>(app, 'select credits from simulation_run where id = ?', [
      response.data?.runSimulation.runId ?? '',
    ]);
    expect(run.credits).toBe(15);
    expect(await ledgerDisagreements(app, [customer.id])).toEqual([]);
    expect(await usageLedgerDisagreements(app, [customer.id])).toEqual([]);
  });

  it("refuses a run over the plan's work cap with BAD_USER_INPUT saying what to do, and charges nothing", async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'free' });
    await setOverrides(app, customer.id, { ...NO_THROTTLE, includedCredits: 1_000 });
    const plans = await app.client.request(PlansWithWorkCap, {}, { key });
    const free = plans.data?.plans.find((plan) => plan.code === 'free');
    expect(free?.maxWorkUnitsPerRun).toBe(10_000_000);
    // 10,000 x 1,425 = 14.25M work units: 143 credits, affordable, but over the free plan's 10M per run.
    const response = await app.client.request(RunByWork, { input: heavyModel(10_000) }, { key });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors[0].extensions).toMatchObject({ field: 'input' });
    expect(response.errors[0].message).toContain('your plan allows at most 10000000 per run');
    expect(await sql(app, 'select 1 from simulation_run where customer_id = ?', [customer.id])).toHaveLength(0);
    expect(await sql(app, "select 1 from credit_ledger where customer_id = ? and kind = 'settle'", [customer.id])).toHaveLength(0);
    expect(await ledgerDisagreements(app, [customer.id])).toEqual([]);
  });
});
