import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { errorCodes } from '../support/graphql-client.js';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { referenceModel, rowsOf } from './simulation-fixtures.js';

const RunSimulation = graphql(`mutation RunSimulation($input: SimulationInput!) {
  runSimulation(input: $input) {
    runId engineVersion seed reproducibilityKey sampling chunkSize iterationsRequested iterationsRun stoppedEarly warnings
    autoStop { estimate halfWidth }
    correlationRepair { repaired inputs spearman pearson }
    outputs {
      name count nonFinite mean std skewness kurtosis min max
      meanConfidenceInterval { level low high }
      percentiles { percentile value }
      histogram { edges counts }
      cdf { value probability }
      valueAtRisk { level value conditional }
      exceedance { target probability }
      convergence { iterations mean ciHalfWidth }
    }
    sensitivity { output sampleSize inputs { input rankCorrelation contributionToVariance decileMeans low high } }
  }
}`);

const Simulation = graphql(`query Simulation($id: ID!) {
  simulation(id: $id) {
    id status async progress iterations iterationsRun seed reproducibilityKey engineVersion credits attempts error
    result {
      runId engineVersion seed reproducibilityKey sampling chunkSize iterationsRequested iterationsRun stoppedEarly warnings
      autoStop { estimate halfWidth }
      correlationRepair { repaired inputs spearman pearson }
      outputs {
        name count nonFinite mean std skewness kurtosis min max
        meanConfidenceInterval { level low high }
        percentiles { percentile value }
        histogram { edges counts }
        cdf { value probability }
        valueAtRisk { level value conditional }
        exceedance { target probability }
        convergence { iterations mean ciHalfWidth }
      }
      sensitivity { output sampleSize inputs { input rankCorrelation contributionToVariance decileMeans low high } }
    }
  }
}`);

const Simulations = graphql(`query Simulations($page: Int!, $perPage: Int!, $status: SimulationStatus) {
  simulations(page: $page, perPage: $perPage, status: $status) { totalCount items { id status iterations result { iterationsRun } } }
}`);

const Replay = graphql(`query ReplayIteration($id: ID!, $iteration: Int!) {
  replaySimulationIteration(id: $id, iteration: $iteration) { iteration inputs { name value } outputs { name value } }
}`);

const Plans = graphql(`query SimulationTestPlans { plans { code } }`);

const CancelSimulation = graphql(`mutation CancelSimulationSync($id: ID!) { cancelSimulation(id: $id) { id status } }`);

/** The result without the id of its stored row: what must be identical bytes across runs. */
function resultBytes(result: Record<string, unknown> | null | undefined): string {
  const { runId: _runId, ...rest } = result ?? {};
  return JSON.stringify(rest);
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ SIMULATION_WORKERS: '2', STRIPE_EMULATOR_PORT: '0' });
});
afterAll(async () => {
  await app?.close();
});

describe('runSimulation', () => {
  it('runs the reference model over HTTP and returns statistics, sensitivity and the reproducibility key', async () => {
    const { key } = await customerWithKey(app);
    const response = await app.client.request(RunSimulation, { input: referenceModel(100_000) }, { key });
    expect(response.errors).toEqual([]);
    const result = response.data?.runSimulation;
    expect(result).toBeDefined();
    if (!result) return;
    expect(result.reproducibilityKey).toMatch(/^[0-9a-f]{64}$/);
    expect(result.seed).toBe(12345);
    expect(result.engineVersion).toMatch(/^carlo-engine\//);
    expect(result.iterationsRun).toBe(100_000);
    const [y] = result.outputs;
    // NumPy's reference: mean about 261.85; the Monte Carlo error at 1e5 iterations is well under 2.
    expect(y.mean).toBeGreaterThan(255);
    expect(y.mean).toBeLessThan(269);
    expect(y.percentiles).toHaveLength(13);
    expect(y.histogram.counts).toHaveLength(50);
    expect(y.histogram.counts.reduce((sum, count) => sum + count, 0)).toBe(100_000);
    expect(y.valueAtRisk.map((v) => v.level)).toEqual([0.95, 0.99]);
    expect(y.convergence.length).toBeGreaterThan(0);
    const [sensitivity] = result.sensitivity;
    expect(sensitivity.inputs.map((s) => s.input)).toEqual(['x0', 'x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7', 'x8', 'x9']);
    const total = sensitivity.inputs.reduce((sum, s) => sum + (s.contributionToVariance ?? 0), 0);
    expect(total).toBeCloseTo(1, 6);
    const x2 = sensitivity.inputs.find((s) => s.input === 'x2');
    expect(x2?.rankCorrelation).toBeGreaterThan(0.5);
    expect(x2?.decileMeans).toHaveLength(10);
  });

  it('says in Server-Timing how long the engine took and how long the whole call took on the server', async () => {
    const { key } = await customerWithKey(app);
    const response = await app.client.request(RunSimulation, { input: referenceModel(20_000) }, { key });
    expect(response.errors).toEqual([]);
    const timing = /^engine;dur=(\d+\.\d{2}), total;dur=(\d+\.\d{2})$/.exec(response.headers.get('server-timing') ?? '');
    expect(timing).not.toBeNull();
    const [engineMs, totalMs] = [Number(timing?.[1]), Number(timing?.[2])];
    expect(engineMs).toBeGreaterThan(0);
    expect(totalMs).toBeGreaterThan(engineMs);
    // Calls that run nothing carry no timing.
    const plans = await app.client.request(Plans, {}, { key });
    expect(plans.headers.get('server-timing')).toBeNull();
  });

  it('returns the correlation matrices it used and which one it repaired when the matrix is not positive semi-definite', async () => {
    const { key } = await customerWithKey(app);
    const input = referenceModel(1000);
    const bad = [
      [1, 0.9, -0.9],
      [0.9, 1, 0.9],
      [-0.9, 0.9, 1],
    ];
    input.correlation = { inputs: ['x0', 'x1', 'x2'], matrix: bad };
    const response = await app.client.request(RunSimulation, { input }, { key });
    expect(response.errors).toEqual([]);
    const repair = response.data?.runSimulation.correlationRepair;
    expect(repair?.repaired).toContain('SPEARMAN_TARGET');
    expect(repair?.inputs).toEqual(['x0', 'x1', 'x2']);
    expect(repair?.spearman).toHaveLength(3);
    expect(repair?.pearson[0][0]).toBe(1);
    const valid = await app.client.request(RunSimulation, { input: referenceModel(1000) }, { key });
    expect(valid.data?.runSimulation.correlationRepair).toBeNull();
  });

  it('stores the run: simulation(id) returns the same result bytes and simulations lists it', async () => {
    const { key } = await customerWithKey(app);
    const run = await app.client.request(RunSimulation, { input: referenceModel(20_000, 99) }, { key });
    const result = run.data?.runSimulation;
    if (!result) throw new Error(JSON.stringify(run.errors));
    const stored = await app.client.request(Simulation, { id: result.runId }, { key });
    expect(stored.errors).toEqual([]);
    expect(stored.data?.simulation).toMatchObject({
      status: 'SUCCEEDED',
      async: false,
      progress: 1,
      iterationsRun: 20_000,
      attempts: 1,
      credits: 2,
    });
    expect(resultBytes(stored.data?.simulation.result)).toBe(resultBytes(result));
    const list = await app.client.request(Simulations, { page: 1, perPage: 10, status: 'SUCCEEDED' }, { key });
    expect(list.data?.simulations.totalCount).toBe(1);
    expect(list.data?.simulations.items[0]).toMatchObject({ id: result.runId, result: { iterationsRun: 20_000 } });
    const none = await app.client.request(Simulations, { page: 1, perPage: 10, status: 'QUEUED' }, { key });
    expect(none.data?.simulations.totalCount).toBe(0);
  });

  it('returns identical result bytes for the same request twice', async () => {
    const { key } = await customerWithKey(app);
    const first = await app.client.request(RunSimulation, { input: referenceModel(70_000, 4242) }, { key });
    const second = await app.client.request(RunSimulation, { input: referenceModel(70_000, 4242) }, { key });
    expect(first.errors).toEqual([]);
    expect(second.data?.runSimulation.runId).not.toBe(first.data?.runSimulation.runId);
    expect(resultBytes(second.data?.runSimulation)).toBe(resultBytes(first.data?.runSimulation));
  });

  it('returns identical result bytes with 1 and 2 workers', async () => {
    const single = await startTestApp({ SIMULATION_WORKERS: '1', STRIPE_EMULATOR_PORT: '0' });
    try {
      const onTwo = await customerWithKey(app);
      const onOne = await customerWithKey(single);
      // Several chunks (65,536 iterations each), so the two pools really split the work differently.
      const input = referenceModel(200_000, 2026);
      const two = await app.client.request(RunSimulation, { input }, { key: onTwo.key });
      const one = await single.client.request(RunSimulation, { input }, { key: onOne.key });
      expect(two.errors).toEqual([]);
      expect(one.errors).toEqual([]);
      expect(resultBytes(one.data?.runSimulation)).toBe(resultBytes(two.data?.runSimulation));
    } finally {
      await single.close();
    }
  });

  it('gives a random seed when none is sent, and sending it back reproduces the run', async () => {
    const { key } = await customerWithKey(app);
    const first = await app.client.request(RunSimulation, { input: referenceModel(10_000, null) }, { key });
    const seed = first.data?.runSimulation.seed;
    expect(typeof seed).toBe('number');
    const again = await app.client.request(RunSimulation, { input: referenceModel(10_000, seed) }, { key });
    expect(resultBytes(again.data?.runSimulation)).toBe(resultBytes(first.data?.runSimulation));
  });

  it('charges and stores an auto-stopped run at the size it ran, not the size it asked for', async () => {
    const { key } = await customerWithKey(app);
    const input = {
      iterations: 1_000_000,
      seed: 8,
      inputs: [{ name: 'x', distribution: { type: 'NORMAL' as const, mean: 10, sd: 1 } }],
      outputs: [{ name: 'y', formula: '2 * x' }],
      autoStop: { output: 'y', statistic: 'MEAN' as const, tolerance: 0.05 },
    };
    const response = await app.client.request(RunSimulation, { input }, { key });
    expect(response.errors).toEqual([]);
    const result = response.data?.runSimulation;
    expect(result?.stoppedEarly).toBe(true);
    expect(result?.iterationsRun).toBeLessThan(1_000_000);
    expect((result?.iterationsRun ?? 0) % 65_536).toBe(0);
    const ran = Math.ceil((result?.iterationsRun ?? 0) / 100_000);
    // Priced at 1M x 1 input before execution, settled at what ran.
    expect(response.extensions.cost).toMatchObject({ requested: 10, actual: ran, charged: ran });
    const stored = await app.client.request(Simulation, { id: result?.runId ?? '' }, { key });
    expect(stored.data?.simulation.credits).toBe(ran);
  });

  it("refuses more iterations than the plan's synchronous cap, saying to use startSimulation", async () => {
    const { customer, key } = await customerWithKey(app, { plan: 'free' });
    const response = await app.client.request(RunSimulation, { input: referenceModel(100_001) }, { key });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors[0].extensions?.field).toBe('input.iterations');
    expect(response.errors[0].message).toMatch(/at most 100000 iterations/);
    expect(response.errors[0].message).toMatch(/startSimulation/);
    expect(await rowsOf(app, customer.id)).toBe(0);
  });

  it('replays one iteration of a stored run exactly', async () => {
    const { key } = await customerWithKey(app);
    const run = await app.client.request(RunSimulation, { input: referenceModel(1_000, 5) }, { key });
    const runId = run.data?.runSimulation.runId ?? '';
    const replay = await app.client.request(Replay, { id: runId, iteration: 999 }, { key });
    expect(replay.errors).toEqual([]);
    const row = replay.data?.replaySimulationIteration;
    expect(row?.inputs.map((value) => value.name)).toHaveLength(10);
    const v = Object.fromEntries((row?.inputs ?? []).map((value) => [value.name, value.value ?? Number.NaN]));
    const y = v.x0 * v.x2 + v.x1 * v.x3 - (v.x4 * v.x5) / (1 + v.x6) + (v.x7 * v.x9) / 10 + v.x8 * v.x8;
    expect(row?.outputs[0].value).toBeCloseTo(y, 9);
    const outOfRange = await app.client.request(Replay, { id: runId, iteration: 1_000 }, { key });
    expect(errorCodes(outOfRange)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('bad simulation input', () => {
  const base = () => referenceModel(1_000);
  const cases: { name: string; input: () => ReturnType<typeof referenceModel>; field: string; message?: RegExp }[] = [
    { name: 'negative iterations', input: () => ({ ...base(), iterations: -5 }), field: 'input.iterations' },
    { name: 'zero iterations', input: () => ({ ...base(), iterations: 0 }), field: 'input.iterations' },
    { name: 'huge iterations', input: () => ({ ...base(), iterations: 2_000_000_000 }), field: 'input.iterations' },
    {
      name: 'a negative standard deviation',
      input: () => {
        const m = base();
        m.inputs[2] = { name: 'x2', distribution: { type: 'NORMAL', mean: 0, sd: -1 } };
        return m;
      },
      field: 'input.inputs[2].distribution.sd',
    },
    {
      name: 'a missing parameter',
      input: () => {
        const m = base();
        m.inputs[4] = { name: 'x4', distribution: { type: 'TRIANGULAR', min: 0, max: 1 } };
        return m;
      },
      field: 'input.inputs[4].distribution.mode',
    },
    {
      name: 'a probability above 1',
      input: () => {
        const m = base();
        m.inputs[8] = { name: 'x8', distribution: { type: 'BERNOULLI', p: 1.5 } };
        return m;
      },
      field: 'input.inputs[8].distribution.p',
    },
    {
      name: 'a formula syntax error',
      input: () => ({ ...base(), outputs: [{ name: 'y', formula: 'x0 + * x1' }] }),
      field: 'input.outputs[0].formula',
      message: /position \d+/,
    },
    {
      name: 'an unknown name in a formula',
      input: () => ({ ...base(), outputs: [{ name: 'y', formula: 'x0 + nope' }] }),
      field: 'input.outputs[0].formula',
      message: /nope/,
    },
    {
      name: 'formulas nested too deep',
      input: () => ({ ...base(), outputs: [{ name: 'y', formula: `${'('.repeat(2_000)}x0${')'.repeat(2_000)}` }] }),
      field: 'input.outputs[0].formula',
    },
    { name: 'a duplicate name', input: () => ({ ...base(), outputs: [{ name: 'x0', formula: 'x1' }] }), field: 'input.outputs[0].name' },
    {
      name: 'a correlation above 1',
      input: () => {
        const m = base();
        if (m.correlation) m.correlation.matrix[0][1] = 1.5;
        return m;
      },
      field: 'input.correlation.matrix[0][1]',
    },
    {
      name: 'an asymmetric correlation matrix',
      input: () => {
        const m = base();
        if (m.correlation) m.correlation.matrix[3][1] = 0.1;
        return m;
      },
      field: 'input.correlation.matrix[3][1]',
    },
    {
      name: 'a correlation of an unknown input',
      input: () => {
        const m = base();
        if (m.correlation) m.correlation.inputs[9] = 'zz';
        return m;
      },
      field: 'input.correlation.inputs[9]',
    },
    { name: 'no outputs', input: () => ({ ...base(), outputs: [] }), field: 'input.outputs' },
    {
      name: 'too many inputs',
      input: () => ({
        ...base(),
        correlation: null,
        inputs: Array.from({ length: 101 }, (_, i) => ({ name: `v${i}`, distribution: { type: 'UNIFORM' as const, min: 0, max: 1 } })),
      }),
      field: 'input.inputs',
    },
    {
      name: 'too many outputs',
      input: () => ({ ...base(), outputs: Array.from({ length: 21 }, (_, i) => ({ name: `y${i}`, formula: 'x0' })) }),
      field: 'input.outputs',
    },
    { name: 'a seed out of range', input: () => ({ ...base(), seed: 2 ** 32 }), field: 'input.seed' },
    { name: 'SOBOL without a power of two', input: () => ({ ...base(), sampling: 'SOBOL' as const }), field: 'input.iterations' },
  ];

  for (const testCase of cases) {
    it(`refuses ${testCase.name} with BAD_USER_INPUT naming the field, before any row is written`, async () => {
      const { customer, key } = await customerWithKey(app);
      const response = await app.client.request(RunSimulation, { input: testCase.input() }, { key });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors[0].extensions?.field).toBe(testCase.field);
      expect(response.errors[0].message).toContain(testCase.field);
      if (testCase.message) expect(response.errors[0].message).toMatch(testCase.message);
      expect(await rowsOf(app, customer.id)).toBe(0);
    });
  }

  it('refuses Infinity and an unknown distribution at the GraphQL layer, naming the path', async () => {
    const { customer, key } = await customerWithKey(app);
    const document = 'mutation ($input: SimulationInput!) { runSimulation(input: $input) { runId } }';
    // 1e999 is valid JSON and parses to Infinity, which no GraphQL Float accepts.
    const infinite = JSON.stringify({ query: document, variables: { input: base() } }).replace('"sd":15', '"sd":1e999');
    const unknown = JSON.stringify({ query: document, variables: { input: base() } }).replace('"type":"NORMAL"', '"type":"CAUCHY"');
    for (const body of [infinite, unknown]) {
      const response = await app.client.raw(body, { key });
      expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors[0].message).toMatch(/input\.inputs\[0\]\.distribution\.(sd|type)/);
    }
    expect(await rowsOf(app, customer.id)).toBe(0);
  });
});

describe('simulation access', () => {
  it("answers NOT_FOUND for another customer's run, on every field", async () => {
    const a = await customerWithKey(app);
    const b = await customerWithKey(app);
    const run = await app.client.request(RunSimulation, { input: referenceModel(1_000) }, { key: a.key });
    const id = run.data?.runSimulation.runId ?? '';
    const read = await app.client.request(Simulation, { id }, { key: b.key });
    expect(errorCodes(read)).toEqual(['NOT_FOUND']);
    const cancel = await app.client.request(CancelSimulation, { id }, { key: b.key });
    expect(errorCodes(cancel)).toEqual(['NOT_FOUND']);
    const replay = await app.client.request(Replay, { id, iteration: 0 }, { key: b.key });
    expect(errorCodes(replay)).toEqual(['NOT_FOUND']);
    const list = await app.client.request(Simulations, { page: 1, perPage: 10 }, { key: b.key });
    expect(list.data?.simulations.totalCount).toBe(0);
    const malformed = await app.client.request(Simulation, { id: 'not-a-uuid' }, { key: a.key });
    expect(errorCodes(malformed)).toEqual(['NOT_FOUND']);
  });

  it('needs the simulations:run scope to run and simulations:read to read', async () => {
    const reader = await customerWithKey(app, { scopes: ['simulations:read' as never] });
    const response = await app.client.request(RunSimulation, { input: referenceModel(1_000) }, { key: reader.key });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
  });
});
