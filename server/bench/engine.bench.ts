/**
 * Engine benchmark against NumPy/SciPy (numpy_reference.py), in one run and side by side:
 * (a) draws/s of every distribution type, engine on one core vs NumPy's own sampler;
 * (b) the reference model and (c) the mixed model (every non-trivial type; independent and
 * through a Gaussian copula) at each size with 1 and 2 workers, with the peak RSS of the
 * whole process. NumPy and engine runs are interleaved so both see the same load; CPU seconds
 * (all threads of each process) are given too: they depend much less on the load of a shared machine.
 * (memory) the peak RSS of a fresh process running the reference and the mixed model at the largest
 * size on a warmed-up pool (engine-memory.ts), which the bench's own process cannot show: it also
 * holds NumPy's answers and every earlier pool.
 * Usage: npm run bench:engine [-- --sizes 1000000,10000000 --repeats 3 --parts types,reference,mixed,memory]
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resourceUsage } from 'node:process';
import { compileModel, type ModelSpec, type SimulationResult } from '../src/domain/simulation/engine/index.js';
import { ChunkWorkspace, chunkCount, simulateChunk } from '../src/domain/simulation/engine/simulate-chunk.js';
import { SimulationPool } from '../src/domain/simulation/runner/index.js';
import { MIXED_INPUTS, mixedModel, mixedPearson, referenceModel, singleInputModel, typeCases } from './engine-bench-models.js';
import { numpyMixed, numpyReference, numpyTypes, requireNumpy, type NumpyRun } from './numpy-side.js';

const option = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
};
const sizes = option('sizes', '1000000,10000000').split(',').map(Number);
const repeatsOption = Number(option('repeats', '0'));
const parts = new Set(option('parts', 'types,reference,mixed,memory').split(','));
const TYPE_DRAWS = Number(option('draws', '1000000'));
const MiB = 1024 * 1024;
const limits = (n: number) => ({ maxIterations: n, maxInputs: 10, maxOutputs: 1 });
const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x: number): string => x.toLocaleString('en-US');

/**
 * Engine draws per CPU second of one type on this thread (Philox, quantile and the copy to the
 * output): CPU time, like NumPy's side, so a loaded machine does not skew the ratio. The code is
 * warmed up for WARM_UP_SECONDS and each repeat runs whole passes for at least REPEAT_SECONDS, so
 * the figure is the optimised code's: a pass over 1M uniforms takes 5 ms, and timing a single one
 * right after four warm-up chunks measured V8's tiers half of the time (2x slower at random).
 */
const WARM_UP_SECONDS = 0.3;
const REPEAT_SECONDS = 0.2;
function engineDraws(spec: ModelSpec, repeats: number): number {
  const model = compileModel(spec, limits(spec.iterations));
  const ws = new ChunkWorkspace(model);
  const chunks = chunkCount(spec.iterations);
  const pass = (): void => {
    for (let c = 0; c < chunks; c++) simulateChunk(model, 1, c, ws);
  };
  const cpuSeconds = (start: NodeJS.CpuUsage): number => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1e6;
  };
  const warmUp = process.cpuUsage();
  let warmUpPasses = 0;
  while (warmUpPasses < 2 || cpuSeconds(warmUp) < WARM_UP_SECONDS) {
    pass();
    warmUpPasses++;
  }
  const passes = Math.max(1, Math.ceil(REPEAT_SECONDS / (cpuSeconds(warmUp) / warmUpPasses)));
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = process.cpuUsage();
    for (let p = 0; p < passes; p++) pass();
    times.push(cpuSeconds(start) / passes);
  }
  return spec.iterations / median(times);
}

type EngineRun = { seconds: number; cpu: number; peak: number; before: number; result: SimulationResult };

/** One timed run on a fresh pool whose workers are warmed up first, as a server's long-lived pool is. */
async function engineRun(build: (n: number) => ModelSpec, n: number, workers: number): Promise<EngineRun> {
  const pool = new SimulationPool(workers);
  const warmUp = 4 * workers * 65_536;
  for (let r = 0; r < 2; r++) await pool.run(compileModel(build(warmUp), limits(warmUp)));
  const model = compileModel(build(n), limits(n));
  const before = process.memoryUsage.rss();
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = await pool.run(model);
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpuStart);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage.rss());
  await pool.close();
  return { seconds, cpu: (used.user + used.system) / 1e6, peak, before, result };
}

const versions = requireNumpy();
const loadAtStart = loadavg();
const out: string[] = [];

if (parts.has('types')) {
  const repeats = repeatsOption || 3;
  const numpy = numpyTypes(typeCases, TYPE_DRAWS, repeats);
  out.push(
    `(a) Draws per CPU second on one core, ${fmt(TYPE_DRAWS)} draws, median of ${repeats} (engine: Philox + inverse CDF; NumPy: its own sampler)`,
    '',
  );
  out.push('| type | engine M/s | NumPy M/s | engine time / NumPy time |', '|---|---:|---:|---:|');
  for (const { name, distribution } of typeCases) {
    const engine = engineDraws(singleInputModel(distribution, TYPE_DRAWS), repeats);
    out.push(`| ${name} | ${(engine / 1e6).toFixed(1)} | ${(numpy[name] / 1e6).toFixed(1)} | ${(numpy[name] / engine).toFixed(2)}x |`);
  }
  out.push('');
}

type ModelCase = { name: string; build: (n: number) => ModelSpec; numpy: (n: number, seed: number) => NumpyRun };
const models: ModelCase[] = [];
if (parts.has('reference')) models.push({ name: 'reference', build: referenceModel, numpy: numpyReference });
if (parts.has('mixed')) {
  models.push({ name: 'mixed, independent', build: (n) => mixedModel(n, false), numpy: (n, s) => numpyMixed(n, s, MIXED_INPUTS, null) });
  models.push({
    name: 'mixed, copula',
    build: (n) => mixedModel(n, true),
    numpy: (n, s) => numpyMixed(n, s, MIXED_INPUTS, mixedPearson()),
  });
}
if (models.length > 0) {
  const rows: string[] = [];
  const checks: string[] = [];
  for (const model of models) {
    for (const n of sizes) {
      const repeats = repeatsOption || (n > 1_000_000 ? 1 : 3);
      const numpyRuns: NumpyRun[] = [];
      const runs: Record<number, EngineRun[]> = { 1: [], 2: [] };
      for (let r = 0; r < repeats; r++) {
        numpyRuns.push(model.numpy(n, 1000 + r));
        for (const workers of [1, 2]) runs[workers].push(await engineRun(model.build, n, workers));
      }
      const numpySeconds = median(numpyRuns.map((x) => x.seconds));
      const numpyCpu = median(numpyRuns.map((x) => x.cpu));
      const numpyPeak = Math.max(...numpyRuns.map((x) => x.peakRss));
      for (const workers of [1, 2]) {
        const seconds = median(runs[workers].map((x) => x.seconds));
        const cpu = median(runs[workers].map((x) => x.cpu));
        const peak = Math.max(...runs[workers].map((x) => x.peak));
        const growth = Math.max(...runs[workers].map((x) => x.peak - x.before));
        rows.push(
          `| ${model.name} | ${fmt(n)} | ${workers} | ${seconds.toFixed(3)} | ${numpySeconds.toFixed(3)} | ${(seconds / numpySeconds).toFixed(2)}x | ${(peak / MiB).toFixed(0)} MiB (+${(growth / MiB).toFixed(0)}) | ${(numpyPeak / MiB).toFixed(0)} MiB | ${(cpu / seconds).toFixed(2)} | ${cpu.toFixed(2)} / ${numpyCpu.toFixed(2)} = ${(cpu / numpyCpu).toFixed(2)}x |`,
        );
        const y = runs[workers][0].result.outputs[0];
        const ref = numpyRuns[0].check;
        const p = (q: number): number => y.percentiles.find((x) => x.percentile === q)?.value ?? NaN;
        const ok = Math.abs((y.mean ?? NaN) - ref.mean) < (5 * (y.std ?? NaN) * Math.SQRT2) / Math.sqrt(n);
        checks.push(
          `${model.name} n=${fmt(n)} workers=${workers}: engine mean ${y.mean?.toFixed(3)} std ${y.std?.toFixed(3)} p1 ${p(1).toFixed(3)} p50 ${p(50).toFixed(3)} p99 ${p(99).toFixed(3)} | NumPy mean ${ref.mean.toFixed(3)} std ${ref.std.toFixed(3)} p1 ${ref.p1.toFixed(3)} p50 ${ref.p50.toFixed(3)} p99 ${ref.p99.toFixed(3)} | means within 5 standard errors: ${ok ? 'yes' : 'NO'}`,
        );
      }
    }
  }
  out.push('(b, c) Whole runs: engine (worker pool, statistics included) vs NumPy/SciPy on one core (correlated: copula + SciPy ppf)', '');
  out.push(
    '| model | iterations | workers | engine s | NumPy s | engine/NumPy | engine peak RSS, whole process (growth) | NumPy peak RSS | engine cores busy | CPU s engine / NumPy |',
  );
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  out.push(...rows, '', ...checks, '');
}
if (parts.has('memory')) {
  const n = Math.max(...sizes);
  out.push(`(memory) Peak RSS of a fresh process running one model at ${fmt(n)} iterations on a warmed-up pool (engine-memory.ts)`, '');
  out.push('| model | workers | process at start | pool warmed up | peak during the run | run s |', '|---|---:|---:|---:|---:|---:|');
  for (const name of ['reference', 'mixed']) {
    for (const workers of [1, 2]) {
      const answer = execFileSync(
        process.execPath,
        ['--import', 'tsx', new URL('./engine-memory.ts', import.meta.url).pathname, name, String(n), String(workers)],
        {
          encoding: 'utf8',
        },
      );
      const m = JSON.parse(answer.trim().split('\n').pop() ?? '{}') as {
        startMiB: number;
        warmPoolMiB: number;
        peakMiB: number;
        seconds: number;
      };
      out.push(
        `| ${name} | ${workers} | ${m.startMiB.toFixed(0)} MiB | ${m.warmPoolMiB.toFixed(0)} MiB | ${m.peakMiB.toFixed(0)} MiB | ${m.seconds.toFixed(2)} |`,
      );
    }
  }
  out.push('');
}
out.push(
  `${versions}; process maxRSS (whole benchmark) ${(resourceUsage().maxRSS / 1024).toFixed(0)} MiB; load average at start ${loadAtStart.map((x) => x.toFixed(1)).join(' ')}, at end ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
console.log(out.join('\n'));
