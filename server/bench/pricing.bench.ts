/**
 * What a credit buys in CPU time, before and after pricing by work: for models of very different
 * work per iteration (bench/pricing-models.ts), CPU seconds of one run on a one-worker pool (all
 * threads of the process, median of the repeats), the credits under the old rule (iterations x
 * inputs / 100,000) and under SIMULATION_PRICE (work units / 100,000), and CPU seconds per credit.
 * Usage: npm run bench:pricing [-- --iterations 100000 --repeats 3]
 */
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { compileModel, workUnits } from '../src/domain/simulation/engine/index.js';
import { MAX_INPUTS, MAX_JOB_ITERATIONS, MAX_OUTPUTS } from '../src/domain/simulation/simulation-limits.js';
import { SimulationPool } from '../src/domain/simulation/runner/index.js';
import { simulationCredits } from '../src/metering/cost/simulation-price.js';
import { pricingCases } from './pricing-models.js';

const option = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
};
const iterations = Number(option('iterations', '100000'));
const repeats = Number(option('repeats', '3'));
const limits = { maxIterations: MAX_JOB_ITERATIONS, maxInputs: MAX_INPUTS, maxOutputs: MAX_OUTPUTS };
const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x: number, digits = 0): string => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
/** The rule this replaces: sampled values = iterations x inputs, one credit per 100,000, at least 1. */
const oldCredits = (inputs: number): number => Math.max(1, Math.ceil((iterations * inputs) / 100_000));

const pool = new SimulationPool(1);
const rows: string[] = [];
const perCredit: { before: number; after: number }[] = [];
for (const { name, build } of pricingCases) {
  const model = compileModel(build(iterations), limits);
  await pool.run(model);
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = process.cpuUsage();
    await pool.run(model);
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1e6);
  }
  const cpu = median(times);
  const before = oldCredits(model.inputNames.length);
  const after = Math.max(1, simulationCredits(workUnits(model)));
  perCredit.push({ before: cpu / before, after: cpu / after });
  rows.push(
    `| ${name} | ${model.program.instructions.length} | ${fmt(cpu, 3)} | ${before} | ${fmt(cpu / before, 3)} | ${after} | ${fmt(cpu / after, 4)} |`,
  );
}
await pool.close();

const spread = (key: 'before' | 'after') => {
  const values = perCredit.map((row) => row[key]);
  return Math.max(...values) / Math.min(...values);
};
console.log(
  [
    `CPU seconds per credit, ${fmt(iterations)} iterations, one worker, median of ${repeats} (load average ${loadavg()[0].toFixed(2)})`,
    '',
    '| model | compiled operations | CPU s | credits before | CPU s / credit before | credits after | CPU s / credit after |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `Most / least CPU per credit: ${fmt(spread('before'), 0)}x before, ${fmt(spread('after'), 1)}x after.`,
  ].join('\n'),
);
