/**
 * A finished run as an .xlsx: statistics and percentiles per output, histogram and sensitivity
 * tables, the model with its seed (enough to run it again bit for bit) and the first iterations'
 * samples. The Histogram sheet holds the table and, beside it, a chart per output drawn from it.
 */
import ExcelJS from 'exceljs';
import { type HistogramBlock, withHistogramCharts } from './histogram-chart.js';
import type { ModelSpec, OutputStatistics, RunSamples, SimulationResult } from '../simulation/index.js';

/** Sample rows written to the Samples sheet: enough to chart, small enough to open quickly. */
export const WORKBOOK_SAMPLE_ROWS = 10_000;

type Cell = string | number | boolean | null;

export async function resultsWorkbook(samples: RunSamples, result: SimulationResult): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Carlo';
  addRows(workbook.addWorksheet('Summary'), summaryRows(samples, result));
  addRows(workbook.addWorksheet(HISTOGRAM_SHEET), histogramRows(result.outputs));
  addRows(workbook.addWorksheet('Sensitivity'), [
    ['output', 'input', 'rank correlation', 'contribution to variance', 'output mean in lowest decile', 'output mean in highest decile'],
    ...result.sensitivity.flatMap((s) =>
      s.inputs.map((i): Cell[] => [s.output, i.input, i.rankCorrelation, i.contributionToVariance, i.low, i.high]),
    ),
  ]);
  addRows(workbook.addWorksheet('Model'), modelRows(samples.run.input, result.seed));
  addRows(workbook.addWorksheet('Samples'), sampleRows(samples));
  const buffer = await workbook.xlsx.writeBuffer();
  return withHistogramCharts(Buffer.from(buffer), HISTOGRAM_SHEET, histogramBlocks(result.outputs));
}

export const HISTOGRAM_SHEET = 'Histogram';

function summaryRows(samples: RunSamples, result: SimulationResult): Cell[][] {
  const outputs = result.outputs;
  const stat = (label: string, read: (o: OutputStatistics) => number): Cell[] => [label, ...outputs.map(read)];
  return [
    ['Simulation', samples.run.id],
    ['Engine version', result.engineVersion],
    ['Seed', result.seed],
    ['Reproducibility key', result.reproducibilityKey],
    ['Sampling', result.sampling],
    ['Iterations requested', result.iterationsRequested],
    ['Iterations run', result.iterationsRun],
    ['Stopped early', result.stoppedEarly],
    ['Warnings', result.warnings.join(' ')],
    [],
    ['statistic', ...outputs.map((o) => o.name)],
    stat('count', (o) => o.count),
    stat('non-finite', (o) => o.nonFinite),
    stat('mean', (o) => o.mean),
    stat('std', (o) => o.std),
    stat('skewness', (o) => o.skewness),
    stat('excess kurtosis', (o) => o.kurtosis),
    stat('min', (o) => o.min),
    stat('max', (o) => o.max),
    stat('mean 95% CI low', (o) => o.meanConfidenceInterval.low),
    stat('mean 95% CI high', (o) => o.meanConfidenceInterval.high),
    ...(outputs[0]?.percentiles ?? []).map((p, i) => stat(`P${p.percentile}`, (o) => o.percentiles[i]?.value ?? Number.NaN)),
    ...(outputs[0]?.valueAtRisk ?? []).flatMap((v, i) => [
      stat(`VaR ${v.level}`, (o) => o.valueAtRisk[i]?.value ?? Number.NaN),
      stat(`CVaR ${v.level}`, (o) => o.valueAtRisk[i]?.conditional ?? Number.NaN),
    ]),
    ...(outputs[0]?.exceedance ?? []).map((e, i) => stat(`P(X > ${e.target})`, (o) => o.exceedance[i]?.probability ?? Number.NaN)),
  ];
}

function histogramRows(outputs: OutputStatistics[]): Cell[][] {
  const rows: Cell[][] = [['output', 'bin low', 'bin high', 'count', 'P(X <= bin high)']];
  for (const o of outputs) {
    o.histogram.counts.forEach((count, i) => {
      rows.push([o.name, o.histogram.edges[i], o.histogram.edges[i + 1], count, o.cdf[i + 1]?.probability ?? null]);
    });
  }
  return rows;
}

/** Where histogramRows puts each output's bins: after the header row, one block per output in order. */
export function histogramBlocks(outputs: OutputStatistics[]): HistogramBlock[] {
  const blocks: HistogramBlock[] = [];
  let firstRow = 2;
  for (const o of outputs) {
    const counts = o.histogram.counts;
    if (counts.length > 0) blocks.push({ output: o.name, firstRow, binLows: o.histogram.edges.slice(0, counts.length), counts });
    firstRow += counts.length;
  }
  return blocks;
}

function modelRows(spec: ModelSpec, seed: number): Cell[][] {
  return [
    ['iterations', spec.iterations],
    ['seed', seed],
    ['sampling', spec.sampling ?? 'MONTE_CARLO'],
    [],
    ['input', 'distribution', 'truncateMin', 'truncateMax', 'shift'],
    ...spec.inputs.map((i): Cell[] => [
      i.name,
      JSON.stringify(i.distribution),
      i.truncateMin ?? null,
      i.truncateMax ?? null,
      i.shift ?? null,
    ]),
    [],
    ['output', 'formula'],
    ...spec.outputs.map((o): Cell[] => [o.name, o.formula]),
    [],
    ['correlation', spec.correlation ? JSON.stringify(spec.correlation) : ''],
    ['model (SimulationInput JSON)', JSON.stringify({ ...spec, seed })],
  ];
}

function sampleRows(samples: RunSamples): Cell[][] {
  const columns = [...samples.outputs, ...samples.inputs];
  const n = Math.min(samples.count, WORKBOOK_SAMPLE_ROWS);
  const rows: Cell[][] = [['iteration', ...samples.outputNames, ...samples.inputNames]];
  for (let i = 0; i < n; i++) rows.push([i, ...columns.map((column) => column[i])]);
  return rows;
}

function addRows(sheet: ExcelJS.Worksheet, rows: Cell[][]): void {
  // Non-finite numbers have no spreadsheet value; an empty cell says "none" as the API's null does.
  for (const row of rows) sheet.addRow(row.map((v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v)));
}
