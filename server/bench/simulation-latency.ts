/**
 * The request path around the engine: a metered `runSimulation` of 10,000 iterations against the
 * same model run on a warmed-up SimulationPool of the server's size in this process, interleaved
 * call by call. The difference of the two latencies is what the server spends outside the engine
 * (parsing, key and price, reservation, the usage batch, storing the run, the response), plus one
 * loopback HTTP exchange. The two sides are different processes, so the p99 difference is an
 * estimate, not the p99 of a per-call difference.
 */
import { compileModel, type ModelSpec } from '../src/domain/simulation/engine/index.js';
import { SimulationPool } from '../src/domain/simulation/runner/index.js';
import type { BenchServer } from './bench-processes.js';

const ITERATIONS = 10_000;
const WORKERS = 2;

const spec: ModelSpec = {
  iterations: ITERATIONS,
  seed: 7,
  inputs: [
    { name: 'revenue', distribution: { type: 'LOGNORMAL', mu: 4.6, sigma: 0.2 } },
    { name: 'cost', distribution: { type: 'TRIANGULAR', min: 40, mode: 60, max: 90 } },
  ],
  outputs: [{ name: 'profit', formula: 'revenue - cost' }],
};

const mutation = `mutation Run($input: SimulationInput!) { runSimulation(input: $input) { runId outputs { name mean } } }`;

const percentile = (values: number[], q: number): number => {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};

export type SimulationLatency = { calls: number; api: { p50: number; p99: number }; engine: { p50: number; p99: number } };

export async function simulationLatency(server: BenchServer, calls: number): Promise<SimulationLatency> {
  const pool = new SimulationPool(WORKERS);
  const model = compileModel(spec, { maxIterations: ITERATIONS, maxInputs: 10, maxOutputs: 1 });
  const body = JSON.stringify({ query: mutation, variables: { input: spec } });
  const call = async (): Promise<number> => {
    const started = performance.now();
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${server.key}` },
      body,
    });
    const answer = (await response.json()) as { errors?: { message: string }[] };
    if (!response.ok || answer.errors) throw new Error(`runSimulation failed: ${JSON.stringify(answer.errors ?? response.status)}`);
    return performance.now() - started;
  };
  const engine = async (): Promise<number> => {
    const started = performance.now();
    await pool.run(model);
    return performance.now() - started;
  };
  try {
    for (let i = 0; i < 20; i++) {
      await call();
      await engine();
    }
    const apiTimes: number[] = [];
    const engineTimes: number[] = [];
    for (let i = 0; i < calls; i++) {
      apiTimes.push(await call());
      engineTimes.push(await engine());
    }
    return {
      calls,
      api: { p50: percentile(apiTimes, 0.5), p99: percentile(apiTimes, 0.99) },
      engine: { p50: percentile(engineTimes, 0.5), p99: percentile(engineTimes, 0.99) },
    };
  } finally {
    await pool.close();
  }
}
