/**
 * The request path around the engine: a metered `runSimulation` of 10,000 iterations against the
 * same model run on a warmed-up SimulationPool of the server's size in this process, interleaved
 * call by call with that engine run and with a bare Apollo Server's `{ hello }` over the same kind
 * of HTTP call (the anchor: what any GraphQL server and this client cost per call on this machine).
 * The server's own account comes from its Server-Timing header: per call, the whole call on the
 * server minus the engine's part of it, which is the goal's "server time outside the engine" with a
 * true per-call p99. From the client's side, runSimulation minus the engine alone adds one
 * loopback HTTP exchange; minus the anchor as well, what Carlo adds over a bare server. Those sides
 * are different processes, so their p99 differences are estimates.
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

type Percentiles = { p50: number; p99: number };
export type SimulationLatency = {
  calls: number;
  api: Percentiles;
  engine: Percentiles;
  anchor: Percentiles;
  /** The server's Server-Timing, per call: total − engine. */
  serverOutsideEngine: Percentiles;
  /** The server's Server-Timing, per call: the engine's part. */
  serverEngine: Percentiles;
};

/** `engine;dur=3.41, total;dur=9.87` as numbers; a call without both is a failed measurement. */
function serverTiming(header: string | null): { engine: number; total: number } {
  const engine = /engine;dur=([\d.]+)/.exec(header ?? '')?.[1];
  const total = /total;dur=([\d.]+)/.exec(header ?? '')?.[1];
  if (engine === undefined || total === undefined) throw new Error(`runSimulation answered without Server-Timing (${header})`);
  return { engine: Number(engine), total: Number(total) };
}

/**
 * `toggleProfile`, when given, is called before and after the timed calls (the warm-up is not
 * profiled): the bench server starts and stops its CPU profile on it.
 */
export async function simulationLatency(
  server: BenchServer,
  anchor: BenchServer,
  calls: number,
  toggleProfile: (() => void) | null,
): Promise<SimulationLatency> {
  const pool = new SimulationPool(WORKERS);
  const model = compileModel(spec, { maxIterations: ITERATIONS, maxInputs: 10, maxOutputs: 1 });
  const body = JSON.stringify({ query: mutation, variables: { input: spec } });
  const post = async (url: string, headers: Record<string, string>, payload: string) => {
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: payload });
    const answer = (await response.json()) as { errors?: { message: string }[] };
    if (!response.ok || answer.errors) throw new Error(`${url} failed: ${JSON.stringify(answer.errors ?? response.status)}`);
    return { ms: performance.now() - started, timing: response.headers.get('server-timing') };
  };
  const call = () => post(`${server.url}/graphql`, { authorization: `Bearer ${server.key}` }, body);
  const hello = async () => (await post(anchor.url, {}, JSON.stringify({ query: anchor.query }))).ms;
  const engine = async (): Promise<number> => {
    const started = performance.now();
    await pool.run(model);
    return performance.now() - started;
  };
  try {
    for (let i = 0; i < 20; i++) {
      serverTiming((await call()).timing);
      await engine();
      await hello();
    }
    const apiTimes: number[] = [];
    const engineTimes: number[] = [];
    const anchorTimes: number[] = [];
    const serverEngineTimes: number[] = [];
    const serverOutsideTimes: number[] = [];
    toggleProfile?.();
    for (let i = 0; i < calls; i++) {
      const { ms, timing } = await call();
      const server = serverTiming(timing);
      apiTimes.push(ms);
      serverEngineTimes.push(server.engine);
      serverOutsideTimes.push(server.total - server.engine);
      engineTimes.push(await engine());
      anchorTimes.push(await hello());
    }
    toggleProfile?.();
    const of = (times: number[]): Percentiles => ({ p50: percentile(times, 0.5), p99: percentile(times, 0.99) });
    return {
      calls,
      api: of(apiTimes),
      engine: of(engineTimes),
      anchor: of(anchorTimes),
      serverOutsideEngine: of(serverOutsideTimes),
      serverEngine: of(serverEngineTimes),
    };
  } finally {
    await pool.close();
  }
}
