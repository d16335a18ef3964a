/**
 * Engine benchmark: the reference model of ../shared/bench through the engine at 1M and 10M
 * iterations with 1 and 2 workers, against mc_reference_numpy.py run in the same session.
 * Each timed run gets a fresh pool with every worker warmed up first (the server keeps one
 * long-lived pool), and NumPy and engine runs are interleaved so both see the same load.
 * Usage: npm run bench:engine [-- 1000000,10000000]
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resourceUsage } from 'node:process';
import { compileModel, type ModelSpec, type SimulationResult } from '../src/domain/simulation/engine/index.js';
import { SimulationPool } from '../src/domain/simulation/runner/index.js';

const NUMPY_SCRIPT = new URL('../../../shared/bench/mc_reference_numpy.py', import.meta.url).pathname;
const sizes = (process.argv[2] ?? '1000000,10000000').split(',').map(Number);
const MiB = 1024 * 1024;

/** The reference correlation is Pearson on the normal scale; the engine takes Spearman targets. */
function referenceModel(iterations: number): ModelSpec {
  const pearson = Array.from({ length: 10 }, (_, i) => Array.from({ length: 10 }, (__, j) => 0.6 ** Math.abs(i - j)));
  pearson[0][9] = pearson[9][0] = -0.3;
  pearson[2][7] = pearson[7][2] = 0.25;
  const spearman = pearson.map((row, i) => row.map((r, j) => (i === j ? 1 : (6 / Math.PI) * Math.asin(r / 2))));
  const names = Array.from({ length: 10 }, (_, i) => `x${i}`);
  const dists: ModelSpec['inputs'][number]['distribution'][] = [
    { type: 'NORMAL', mean: 100, sd: 15 }, { type: 'NORMAL', mean: 50, sd: 5 }, { type: 'LOGNORMAL', mu: 0, sigma: 0.5 },
    { type: 'LOGNORMAL', mu: 1, sigma: 0.25 }, { type: 'TRIANGULAR', min: 0, mode: 5, max: 10 },
    { type: 'TRIANGULAR', min: 1, mode: 2, max: 4 }, { type: 'UNIFORM', min: 0, max: 1 }, { type: 'UNIFORM', min: 10, max: 20 },
    { type: 'NORMAL', mean: 0, sd: 1 }, { type: 'LOGNORMAL', mu: 2, sigma: 0.1 },
  ];
  return {
    iterations, seed: 12345,
    inputs: names.map((name, i) => ({ name, distribution: dists[i] })),
    outputs: [{ name: 'y', formula: 'x0*x2 + x1*x3 - x4*x5/(1 + x6) + x7*x9/10 + x8*x8' }],
    correlation: { inputs: names, matrix: spearman },
  };
}

type NumpyRun = { total: number; check: { mean: number; std: number; p1: number; p50: number; p99: number } };

/** One NumPy run (REPEATS = 1); 10M is simulated in 1M chunks as the reference README does. */
function numpy(n: number): NumpyRun {
  const args = n > 1_000_000 ? [NUMPY_SCRIPT, String(n), '1', '1000000'] : [NUMPY_SCRIPT, String(n), '1'];
  const out = execFileSync('python3', args, { env: { ...process.env, OPENBLAS_NUM_THREADS: '1' }, encoding: 'utf8' });
  return JSON.parse(out) as NumpyRun;
}

const limits = (n: number) => ({ maxIterations: n, maxInputs: 10, maxOutputs: 1 });

/**
 * Times one run on a fresh, warmed-up pool; peak RSS is sampled every 10 ms during the run.
 * CPU time covers every thread of the process, so cpu / seconds is how many cores were busy:
 * it shows whether 2 workers really ran in parallel on a loaded machine.
 */
async function engine(n: number, workers: number): Promise<{ seconds: number; cpu: number; peak: number; before: number; result: SimulationResult }> {
  const pool = new SimulationPool(workers);
  // Warm every worker, as a server's long-lived pool is: a one-chunk run would leave all but
  // one of them to compile the engine during the timed run.
  const warmUp = 4 * workers * 65_536;
  for (let r = 0; r < 2; r++) await pool.run(compileModel(referenceModel(warmUp), limits(warmUp)));
  const model = compileModel(referenceModel(n), limits(n));
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 10);
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = await pool.run(model);
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpuStart);
  const cpu = (used.user + used.system) / 1e6;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  await pool.close();
  return { seconds, cpu, peak, before, result };
}

const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows: string[] = [];
const loadAtStart = loadavg();
const checks: string[] = [];
for (const n of sizes) {
  const repeats = n > 1_000_000 ? 3 : 5;
  const numpyTimes: number[] = [];
  const runs: Record<number, Awaited<ReturnType<typeof engine>>[]> = { 1: [], 2: [] };
  let reference: NumpyRun | null = null;
  // Interleaved, so both sides see the same load on a shared machine.
  for (let r = 0; r < repeats; r++) {
    reference = numpy(n);
    numpyTimes.push(reference.total);
    for (const workers of [1, 2]) runs[workers].push(await engine(n, workers));
  }
  if (reference === null) throw new Error('no NumPy run');
  const numpySeconds = median(numpyTimes);
  for (const workers of [1, 2]) {
    const seconds = median(runs[workers].map((x) => x.seconds));
    const cpu = median(runs[workers].map((x) => x.cpu));
    const peak = Math.max(...runs[workers].map((x) => x.peak));
    const growth = Math.max(...runs[workers].map((x) => x.peak - x.before));
    rows.push(`| ${n.toLocaleString('en-US')} | ${workers} | ${seconds.toFixed(3)} | ${(n / seconds / 1e6).toFixed(2)} M/s | ${(peak / MiB).toFixed(0)} MiB (+${(growth / MiB).toFixed(0)}) | ${cpu.toFixed(2)} (${(cpu / seconds).toFixed(2)}) | ${numpySeconds.toFixed(3)} | ${(seconds / numpySeconds).toFixed(2)}x |`);
    const y = runs[workers][0].result.outputs[0];
    const p = (q: number): number => y.percentiles.find((x) => x.percentile === q)?.value ?? NaN;
    const meanError = (5 * y.std * Math.SQRT2) / Math.sqrt(n);
    const ok = Math.abs(y.mean - reference.check.mean) < meanError && Math.abs(p(99) / reference.check.p99 - 1) < 0.01 && Math.abs(p(50) / reference.check.p50 - 1) < 0.005;
    checks.push(`n=${n} workers=${workers}: engine mean ${y.mean.toFixed(3)} std ${y.std.toFixed(3)} p1 ${p(1).toFixed(2)} p50 ${p(50).toFixed(2)} p99 ${p(99).toFixed(2)} | numpy mean ${reference.check.mean.toFixed(3)} std ${reference.check.std.toFixed(3)} p1 ${reference.check.p1.toFixed(2)} p50 ${reference.check.p50.toFixed(2)} p99 ${reference.check.p99.toFixed(2)} | within MC error: ${ok ? 'yes' : 'NO'}`);
  }
}
console.log('| iterations | workers | engine s (median) | iterations/s | peak RSS, whole process (growth during run) | engine CPU s (cores busy) | NumPy s (median) | engine/NumPy |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
console.log(`\nprocess maxRSS (resourceUsage, whole benchmark): ${(resourceUsage().maxRSS / 1024).toFixed(0)} MiB; load average at start ${loadAtStart.map((x) => x.toFixed(1)).join(' ')}, at end ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
for (const c of checks) console.log(c);
