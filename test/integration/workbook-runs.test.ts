import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workbookBase64 } from '../../server/src/domain/workbooks/workbook-test-support.js';
import { graphql } from '../generated/index.js';
import { customerWithKey } from '../support/factories.js';
import { errorCodes } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { NO_THROTTLE, setOverrides, sql } from './credits-helpers.js';
import { until } from './simulation-fixtures.js';

const RunWorkbook = graphql(`mutation RunWorkbook($input: ImportWorkbookInput!) {
  runWorkbook(input: $input) { runId iterationsRun seed outputs { name count mean } }
}`);
const StartWorkbook = graphql(
  `mutation StartWorkbook($input: ImportWorkbookInput!) { startWorkbook(input: $input) { id status credits } }`,
);
const WorkbookRun = graphql(`query WorkbookRun($id: ID!) { simulation(id: $id) { status credits iterationsRun } }`);
const QuoteWorkbook = graphql(
  `query QuoteWorkbook($query: String!, $variables: JSONObject) { quote(query: $query, variables: $variables) { credits refusal } }`,
);

type Cost = { requested: number; actual: number; charged: number; held?: number };
const costOf = (response: { extensions: Record<string, unknown> }) => response.extensions.cost as Cost;

/** Three distribution calls, of which the output uses two: priced for three, settled for two. */
const MODEL = {
  Model: {
    A1: '=RiskNormal(100, 10)',
    A2: '=RiskUniform(0, 1)',
    A3: '=RiskTriang(1, 2, 3)',
    B1: '=RiskOutput("Profit") + A1 * A2',
  },
};
const ITERATIONS = 150_000;
// Bound: 2 (import) + ceil(150,000 x (3 distribution calls + 4 formula cells + ceil(about 100 formula
// characters / 64) = 2) / 100,000) = 16; ran: 2 + ceil(150,000 x 2 inputs / 100,000) = 5.
const BOUND_CREDITS = 16;
const RAN_CREDITS = 5;
const SIMULATION_CREDITS = 3;

let app: TestApp;
let fileBase64: string;
beforeAll(async () => {
  app = await startTestApp({ RUN_WORKER: 'true', SIMULATION_WORKERS: '1' });
  fileBase64 = await workbookBase64(MODEL);
});
afterAll(async () => {
  await app?.close();
});

async function throttleFreeKey(): Promise<{ customerId: string; key: string }> {
  const { customer, key } = await customerWithKey(app);
  await setOverrides(app, customer.id, NO_THROTTLE);
  return { customerId: customer.id, key };
}

describe('runWorkbook', () => {
  it('quotes the import plus the simulation on the workbook’s work bound before anything runs', async () => {
    const { key } = await throttleFreeKey();
    const query = 'mutation ($input: ImportWorkbookInput!) { runWorkbook(input: $input) { runId } }';
    const response = await app.client.request(
      QuoteWorkbook,
      { query, variables: { input: { fileBase64, iterations: ITERATIONS, seed: 3 } } },
      { key },
    );
    expect(response.errors).toEqual([]);
    expect(response.data?.quote).toEqual({ credits: BOUND_CREDITS, refusal: null });
  });

  it('imports and runs in one call, reserving the bound and charging the import and the work it ran once', async () => {
    const { customerId, key } = await throttleFreeKey();
    const response = await app.client.request(RunWorkbook, { input: { fileBase64, iterations: ITERATIONS, seed: 3 } }, { key });
    expect(response.errors).toEqual([]);
    const result = response.data?.runWorkbook;
    expect(result?.seed).toBe(3);
    expect(result?.iterationsRun).toBe(ITERATIONS);
    expect(result?.outputs[0]).toMatchObject({ name: 'Profit', count: ITERATIONS });
    // E[A1 x A2] = 100 x 0.5 = 50; its sd is about 29, so five standard errors are under 0.4.
    expect(Math.abs((result?.outputs[0].mean ?? 0) - 50)).toBeLessThan(0.4);
    expect(costOf(response)).toMatchObject({ requested: BOUND_CREDITS, actual: RAN_CREDITS, charged: RAN_CREDITS });
    const [run] = await sql<{ credits: number }>(app, 'select credits from simulation_run where customer_id = ?', [customerId]);
    expect(run.credits).toBe(SIMULATION_CREDITS);
  });

  it('refuses an unsupported cell naming it, and charges nothing', async () => {
    const { customerId, key } = await throttleFreeKey();
    const bad = await workbookBase64({ S: { A1: '=RiskNormal(0, 1)', A2: '=RiskOutput() + VLOOKUP(A1, C1:D2, 2)' } });
    const response = await app.client.request(RunWorkbook, { input: { fileBase64: bad } }, { key });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors[0].extensions).toMatchObject({ cell: 'S!A2', function: 'VLOOKUP' });
    expect(costOf(response)).toMatchObject({ charged: 0 });
    expect(await sql(app, 'select 1 from simulation_run where customer_id = ?', [customerId])).toHaveLength(0);
  });

  it("refuses more iterations than the plan's synchronous cap, pointing at startWorkbook", async () => {
    const { key } = await customerWithKey(app, { plan: 'free' });
    const response = await app.client.request(RunWorkbook, { input: { fileBase64, iterations: 100_001 } }, { key });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors[0].message).toContain('startWorkbook');
  });
});

describe('startWorkbook', () => {
  it('charges the import at once and holds the simulation for the job, which settles what it ran', async () => {
    const { customerId, key } = await throttleFreeKey();
    const response = await app.client.request(StartWorkbook, { input: { fileBase64, iterations: ITERATIONS, seed: 4 } }, { key });
    expect(response.errors).toEqual([]);
    expect(costOf(response)).toMatchObject({
      requested: BOUND_CREDITS,
      charged: RAN_CREDITS - SIMULATION_CREDITS,
      held: SIMULATION_CREDITS,
    });
    const id = response.data?.startWorkbook.id ?? '';
    const done = await until(
      async () => (await app.client.request(WorkbookRun, { id }, { key })).data?.simulation,
      (run) => run?.status === 'SUCCEEDED' || run?.status === 'FAILED',
      60_000,
      'the workbook job to end',
    );
    expect(done).toMatchObject({ status: 'SUCCEEDED', credits: SIMULATION_CREDITS, iterationsRun: ITERATIONS });
    // The start request's own entries: the polls above are priced on their own.
    const [books] = await sql<{ charged: number; reserved: number }>(
      app,
      `select (select coalesce(sum(credits), 0)::int from credit_ledger
                where request_id = (select request_id from simulation_run where id = ?) and kind in ('settle', 'overage')) as charged,
              (select coalesce(sum(reserved_credits), 0)::int from credit_balance where customer_id = ?) as reserved`,
      [id, customerId],
    );
    expect(books).toEqual({ charged: RAN_CREDITS, reserved: 0 });
  });
});
