/**
 * Runs numpy_reference.py (the repository's own NumPy/SciPy reference) with one BLAS thread,
 * after checking that python3, NumPy and SciPy are there: a missing one stops the benchmark
 * with what to install instead of a stack trace.
 */
import { execFileSync, spawnSync } from 'node:child_process';

const SCRIPT = new URL('./numpy_reference.py', import.meta.url).pathname;
const INSTALL = 'Install them with `apt-get install -y python3 python3-numpy python3-scipy` or `pip install numpy scipy`.';
const env = { ...process.env, OPENBLAS_NUM_THREADS: '1', OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };

export type NumpyCheck = { mean: number; std: number; p1: number; p50: number; p99: number };
export type NumpyRun = { seconds: number; cpu: number; check: NumpyCheck; peakRss: number };

/** Throws a clear message when python3, numpy or scipy is missing. */
export function requireNumpy(): string {
  const probe = spawnSync('python3', ['-c', 'import numpy, scipy; print(numpy.__version__, scipy.__version__)'], { env, encoding: 'utf8' });
  if (probe.error !== undefined) {
    throw new Error(`The engine benchmark compares against NumPy and SciPy but python3 was not found (${probe.error.message}). ${INSTALL}`);
  }
  if (probe.status !== 0) {
    const missing = /No module named '([^']+)'/.exec(probe.stderr)?.[1] ?? 'numpy or scipy';
    throw new Error(`The engine benchmark needs NumPy and SciPy for python3, and ${missing} is missing. ${INSTALL}`);
  }
  const [numpy, scipy] = probe.stdout.trim().split(' ');
  return `numpy ${numpy}, scipy ${scipy}`;
}

function call<T>(request: object): T {
  const out = execFileSync('python3', [SCRIPT], { env, input: JSON.stringify(request), encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(out) as T;
}

/** Draws per second of NumPy's own sampler for each case (median of `repeats`). */
export function numpyTypes(cases: { name: string; distribution: object }[], draws: number, repeats: number): Record<string, number> {
  return call<{ drawsPerSecond: Record<string, number> }>({ task: 'types', draws, repeats, cases }).drawsPerSecond;
}

/** Above 1M iterations NumPy simulates in blocks of 1M rows, keeping only the output. */
const chunkFor = (iterations: number): number => (iterations > 1_000_000 ? 1_000_000 : 0);

export function numpyReference(iterations: number, seed: number): NumpyRun {
  return call<NumpyRun>({ task: 'reference', iterations, chunk: chunkFor(iterations), seed });
}

export function numpyMixed(iterations: number, seed: number, inputs: object[], pearson: number[][] | null): NumpyRun {
  return call<NumpyRun>({ task: 'mixed', iterations, chunk: chunkFor(iterations), seed, inputs, pearson });
}
