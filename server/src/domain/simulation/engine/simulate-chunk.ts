/**
 * Computes one chunk: uniforms from the sampling method, correlation, marginals by inverse
 * CDF, then the output formulas. Everything is a function of (model, seed, chunk index),
 * which is what makes results independent of the number of workers.
 */
import type { CompiledModel } from './compile-model.js';
import { CHUNK_SIZE } from './constants.js';
import { imanConover } from './correlation/iman-conover.js';
import type { Distribution } from './distributions/distribution.js';
import { runProgram } from './formula/run-program.js';
import { expColumn, normalQuantileColumn } from './math/vector-math.js';
import { STREAM_SAMPLE, fillUniforms } from './rng/philox.js';
import { fillLatinHypercube } from './sampling/latin-hypercube.js';
import { fillSobol, sobolShift } from './sampling/sobol.js';

const newColumn = (): Float64Array => new Float64Array(CHUNK_SIZE);

/**
 * Reusable buffers for one model: register columns hold inputs, outputs and temporaries. A chunk
 * writes every column it reads before reading it, so columns may come from an earlier workspace
 * (`column`, e.g. a worker's spare columns) and `columns()` can hand them on when this one is done.
 */
export class ChunkWorkspace {
  readonly registers: Float64Array[];
  readonly scratch: Float64Array;
  readonly permutation = new Int32Array(CHUNK_SIZE);

  constructor(model: CompiledModel, column: () => Float64Array = newColumn) {
    this.registers = Array.from({ length: model.program.registerCount }, column);
    this.scratch = column();
  }

  /** Every column of CHUNK_SIZE doubles this workspace holds. */
  columns(): Float64Array[] {
    return [...this.registers, this.scratch];
  }
}

export function chunkCount(iterations: number): number {
  return Math.ceil(iterations / CHUNK_SIZE);
}

export function chunkLength(iterations: number, chunk: number): number {
  return Math.min(CHUNK_SIZE, iterations - chunk * CHUNK_SIZE);
}

/**
 * Simulates chunk `chunk`; afterwards register j holds input j and register k + o holds
 * output o for the chunk's iterations. Returns the number of iterations in the chunk.
 */
export function simulateChunk(model: CompiledModel, seed: number, chunk: number, ws: ChunkWorkspace): number {
  const first = chunk * CHUNK_SIZE;
  const m = chunkLength(model.iterations, chunk);
  const regs = ws.registers;
  model.distributions.forEach((_, j) => fillInputUniforms(model, seed, j, first, m, regs[j], ws));
  const corr = model.correlation;
  const copula = corr !== null && corr.method === 'GAUSSIAN_COPULA' ? corr : null;
  const inCopula = new Set(copula?.inputs ?? []);
  model.distributions.forEach((dist, j) => {
    if (!inCopula.has(j)) dist.sampleColumn(regs[j], m);
  });
  if (copula !== null) {
    const cols = copula.inputs.map((j) => regs[j]);
    for (const col of cols) normalQuantileColumn(col, m);
    correlateInPlace(cols, copula.factor, m);
    copula.inputs.forEach((j) => applyFromNormal(model.distributions[j], regs[j], m));
  } else if (corr !== null) {
    imanConover(
      corr.inputs.map((j) => regs[j]),
      corr.inputs,
      corr.factor,
      seed,
      first,
      m,
    );
  }
  runProgram(model.program, regs, m);
  return m;
}

function fillInputUniforms(
  model: CompiledModel,
  seed: number,
  input: number,
  first: number,
  m: number,
  out: Float64Array,
  ws: ChunkWorkspace,
): void {
  if (model.sampling === 'LATIN_HYPERCUBE') fillLatinHypercube(seed, input, first, m, out, ws.scratch, ws.permutation);
  else if (model.sampling === 'SOBOL') fillSobol(input, sobolShift(seed, input), first, m, out);
  else fillUniforms(seed, input, STREAM_SAMPLE, first, m, out);
}

/** Maps correlated standard normals to the marginal, skipping the CDF when it is affine. */
function applyFromNormal(dist: Distribution, col: Float64Array, m: number): void {
  const affine = dist.normalAffine;
  if (affine === null) {
    dist.sampleNormalColumn(col, m);
    return;
  }
  const { offset, scale, shift } = affine;
  for (let i = 0; i < m; i++) col[i] = offset + scale * col[i];
  if (affine.exponential) expColumn(col, m);
  if (shift !== 0) for (let i = 0; i < m; i++) col[i] += shift;
}

/** y = L z column by column; descending rows let it run in place since row i reads z_0..z_i. */
function correlateInPlace(cols: Float64Array[], factor: Float64Array, m: number): void {
  const k = cols.length;
  for (let i = k - 1; i >= 0; i--) {
    const yi = cols[i];
    const lii = factor[i * k + i];
    for (let r = 0; r < m; r++) yi[r] *= lii;
    for (let j = 0; j < i; j++) {
      const lij = factor[i * k + j];
      if (lij === 0) continue;
      const zj = cols[j];
      for (let r = 0; r < m; r++) yi[r] += lij * zj[r];
    }
  }
}
