/**
 * A finished run as an Open SIPmath 3.0 library: one SIP per output and input, each compressed as
 * the standard allows (a metalog fitted to the run's samples, driven by an HDR_2_0 generator),
 * tied together by a Gaussian copula whose matrix is estimated from the samples' rank
 * correlations, so a SIPmath tool regenerates coherent trials without the raw samples.
 */
import type { RunSamples, SimulationResult } from '../simulation/index.js';
import { fitMetalog, sortedQuantile } from './metalog.js';

/** Rank correlations for the copula are estimated on at most this many trials. */
const COPULA_SAMPLE = 10_000;
const METADATA_PERCENTILES = [1, 5, 10, 25, 50, 75, 90, 95, 99];

type Column = { name: string; role: 'output' | 'input'; values: Float64Array };

export function sipmathLibrary(samples: RunSamples, result: SimulationResult, created: Date): Record<string, unknown> {
  const columns: Column[] = [
    ...samples.outputNames.map((name, i) => ({ name, role: 'output' as const, values: samples.outputs[i] })),
    ...samples.inputNames.map((name, i) => ({ name, role: 'input' as const, values: samples.inputs[i] })),
  ];
  const { run } = samples;
  const rng = columns.map((_, i) => ({
    name: `hdr${i + 1}`,
    function: 'HDR_2_0',
    arguments: { counter: 'PM_Index', entity: 1, varId: (run.seed % 10_000_000) + i + 1, seed3: 0, seed4: 0 },
  }));
  const coupled = columns.length > 1;
  const sips = columns.map((column, i) => ({
    name: column.name,
    ref: coupled ? { source: 'copula', name: 'Gaussian', copulaLayer: `c${i + 1}` } : { source: 'rng', name: `hdr${i + 1}` },
    function: 'Metalog_1_0',
    arguments: { aCoefficients: fitMetalog(column.values) },
    metadata: metadataOf(column, result),
  }));
  const library: Record<string, unknown> = {
    name: `carlo-${run.id}.SIPmath`,
    objectType: 'sipModel',
    libraryType: 'SIPmath_3_0',
    dateCreated: `${pad(created.getUTCMonth() + 1)}-${pad(created.getUTCDate())}-${created.getUTCFullYear()}`,
    provenance: `Carlo ${result.engineVersion}, simulation ${run.id}, seed ${result.seed}, metalogs fitted to the first ${samples.count} of ${result.iterationsRun} iterations`,
    U01: coupled
      ? {
          rng,
          copula: [
            {
              name: 'Gaussian',
              function: 'GaussianCopula',
              arguments: { correlationMatrix: { type: 'globalVariables', value: 'correlationMatrix' }, rng: rng.map((r) => r.name) },
              copulaLayer: columns.map((_, i) => `c${i + 1}`),
            },
          ],
        }
      : { rng },
    sips,
    version: '1',
  };
  if (coupled) library.globalVariables = [{ name: 'correlationMatrix', value: correlationMatrix(columns) }];
  return library;
}

function metadataOf(column: Column, result: SimulationResult): Record<string, unknown> {
  const stats = column.role === 'output' ? result.outputs.find((o) => o.name === column.name) : undefined;
  const sorted = Float64Array.from(column.values.filter(Number.isFinite)).sort();
  const percentiles = stats
    ? Object.fromEntries(stats.percentiles.map((p) => [`P${p.percentile}`, p.value]))
    : Object.fromEntries(METADATA_PERCENTILES.map((p) => [`P${p}`, sorted.length > 0 ? sortedQuantile(sorted, p / 100) : null]));
  return { role: column.role, count: sorted.length, mean: stats?.mean ?? mean(sorted), ...percentiles };
}

/** The copula's matrix: Spearman's rho of each pair mapped to the normal scale, 2 sin(pi rho / 6). */
function correlationMatrix(columns: Column[]): {
  columns: string[];
  rows: string[];
  matrix: { row: string; col: string; value: number }[];
} {
  const ranks = columns.map((c) => ranksOf(c.values.subarray(0, COPULA_SAMPLE)));
  const matrix: { row: string; col: string; value: number }[] = [];
  columns.forEach((row, i) => {
    for (let j = 0; j <= i; j++) {
      const rho = i === j ? 1 : pearson(ranks[i], ranks[j]);
      matrix.push({ row: row.name, col: columns[j].name, value: i === j ? 1 : 2 * Math.sin((Math.PI * rho) / 6) });
    }
  });
  const names = columns.map((c) => c.name);
  return { columns: names, rows: names, matrix };
}

/** Average ranks (ties share theirs); non-finite values rank as the middle so they pull toward 0. */
function ranksOf(values: Float64Array): Float64Array {
  const order = Array.from(values.keys()).sort((a, b) => values[a] - values[b]);
  const ranks = new Float64Array(values.length).fill((values.length + 1) / 2);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]] === values[order[start]]) end++;
    for (let i = start; i <= end; i++) if (Number.isFinite(values[order[i]])) ranks[order[i]] = (start + end) / 2 + 1;
    start = end + 1;
  }
  return ranks;
}

function pearson(x: Float64Array, y: Float64Array): number {
  const mx = mean(x),
    my = mean(y);
  let sxy = 0,
    sxx = 0,
    syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

function mean(values: Float64Array): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length > 0 ? sum / values.length : Number.NaN;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
