/**
 * Peak RSS of a fresh process that runs one model at one size on a warmed-up pool, as a server
 * process would: the figure the engine bench reports against the 256 MiB goal, apart from the
 * bench's own process, which also holds NumPy's answers and every earlier pool.
 *
 * Usage (the engine bench runs it): tsx bench/engine-memory.ts <reference|mixed> <iterations> <workers>
 * Prints one JSON line: { startMiB, warmPoolMiB, peakMiB, seconds }.
 */
import { compileModel, type ModelSpec } from '../src/domain/simulation/engine/index.js';
import { SimulationPool } from '../src/domain/simulation/runner/index.js';
import { mixedModel, referenceModel } from './engine-bench-models.js';

const MiB = 1024 * 1024;
const [name = 'reference', iterationsArg = '10000000', workersArg = '2'] = process.argv.slice(2);
const build = (n: number): ModelSpec => (name === 'mixed' ? mixedModel(n, false) : referenceModel(n));
const limits = (n: number) => ({ maxIterations: n, maxInputs: 10, maxOutputs: 1 });

async function main(): Promise<void> {
  const iterations = Number(iterationsArg);
  const workers = Number(workersArg);
  const startMiB = process.memoryUsage.rss() / MiB;
  const pool = new SimulationPool(workers);
  const warmUp = 4 * workers * 65_536;
  for (let r = 0; r < 2; r++) await pool.run(compileModel(build(warmUp), limits(warmUp)));
  const warmPoolMiB = process.memoryUsage.rss() / MiB;
  const model = compileModel(build(iterations), limits(iterations));
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 5);
  const start = performance.now();
  await pool.run(model);
  const seconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  await pool.close();
  console.log(JSON.stringify({ startMiB, warmPoolMiB, peakMiB: peak / MiB, seconds }));
}

await main();
