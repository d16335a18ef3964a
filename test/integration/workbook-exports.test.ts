import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { metalogQuantile, sortedQuantile } from '../../server/src/domain/workbooks/metalog.js';
import { graphql } from '../generated/index.js';
import type { SimulationInput } from '../generated/graphql.js';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RunForExport = graphql(`mutation RunForExport($input: SimulationInput!) {
  runSimulation(input: $input) { runId iterationsRun seed outputs { name mean std min max percentiles { percentile value } histogram { edges counts } } }
}`);

const ExportWorkbook = graphql(
  `query ExportWorkbook($id: ID!) { simulationWorkbook(id: $id) { filename contentType base64 sampleCount } }`,
);
const ExportSipmath = graphql(`query ExportSipmath($id: ID!) { simulationSipmath(id: $id) }`);

/** The structure of an Open SIPmath 3.0 library (metalog SIPs on HDR generators, optional Gaussian copula). */
const hdr = z.object({
  name: z.string(),
  function: z.literal('HDR_2_0'),
  arguments: z.object({
    counter: z.literal('PM_Index'),
    entity: z.number().int(),
    varId: z.number().int(),
    seed3: z.number().int(),
    seed4: z.number().int(),
  }),
});
const sipmathSchema = z.object({
  name: z.string(),
  objectType: z.literal('sipModel'),
  libraryType: z.literal('SIPmath_3_0'),
  dateCreated: z.string().regex(/^\d{2}-\d{2}-\d{4}$/),
  provenance: z.string(),
  version: z.string(),
  U01: z.object({
    rng: z.array(hdr).min(1),
    copula: z
      .array(
        z.object({
          name: z.string(),
          function: z.literal('GaussianCopula'),
          arguments: z.object({
            correlationMatrix: z.object({ type: z.literal('globalVariables'), value: z.string() }),
            rng: z.array(z.string()),
          }),
          copulaLayer: z.array(z.string()),
        }),
      )
      .optional(),
  }),
  globalVariables: z
    .array(
      z.object({
        name: z.string(),
        value: z.object({
          columns: z.array(z.string()),
          rows: z.array(z.string()),
          matrix: z.array(z.object({ row: z.string(), col: z.string(), value: z.number().min(-1).max(1) })),
        }),
      }),
    )
    .optional(),
  sips: z
    .array(
      z.object({
        name: z.string(),
        ref: z.union([
          z.object({ source: z.literal('rng'), name: z.string() }),
          z.object({ source: z.literal('copula'), name: z.string(), copulaLayer: z.string() }),
        ]),
        function: z.literal('Metalog_1_0'),
        arguments: z.object({
          aCoefficients: z.array(z.number()).min(1).max(30),
          lowerBound: z.number().optional(),
          upperBound: z.number().optional(),
        }),
        metadata: z.record(z.string(), z.unknown()).optional(),
      }),
    )
    .min(1),
});

/** LibreOffice, when the machine has it, for a check that a real spreadsheet program opens the file. */
const SOFFICE = ['soffice', 'libreoffice'].find((command) => {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

const ITERATIONS = 10_000;
const model: SimulationInput = {
  iterations: ITERATIONS,
  seed: 99,
  inputs: [
    { name: 'units', distribution: { type: 'PERT', min: 800, mode: 1000, max: 1500 } },
    { name: 'price', distribution: { type: 'LOGNORMAL', mu: 3, sigma: 0.2 } },
  ],
  outputs: [
    { name: 'revenue', formula: 'units * price' },
    { name: 'margin', formula: 'revenue * 0.3 - 2000' },
  ],
  correlation: {
    inputs: ['units', 'price'],
    matrix: [
      [1, -0.5],
      [-0.5, 1],
    ],
  },
};

let app: TestApp;
let key: string;
let run: {
  runId: string;
  outputs: {
    name: string;
    mean: number | null;
    std: number | null;
    min: number | null;
    max: number | null;
    percentiles: { percentile: number; value: number | null }[];
    histogram: { edges: number[]; counts: number[] };
  }[];
};
beforeAll(async () => {
  app = await startTestApp({ SIMULATION_WORKERS: '2' });
  ({ key } = await customerWithKey(app));
  const response = await app.client.request(RunForExport, { input: model }, { key });
  expect(response.errors).toEqual([]);
  const result = response.data?.runSimulation;
  if (!result) throw new Error('the run failed');
  run = result;
});
afterAll(async () => {
  await app?.close();
});

function cellNumber(value: ExcelJS.CellValue): number {
  if (typeof value !== 'number') throw new Error(`expected a number, got ${JSON.stringify(value)}`);
  return value;
}

describe('simulationWorkbook', () => {
  it("exports an .xlsx that exceljs reads back with the run's statistics, percentiles, histogram and samples", async () => {
    const response = await app.client.request(ExportWorkbook, { id: run.runId }, { key });
    expect(response.errors).toEqual([]);
    const file = response.data?.simulationWorkbook;
    expect(file?.filename).toBe(`carlo-${run.runId}.xlsx`);
    expect(file?.sampleCount).toBe(ITERATIONS);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(Buffer.from(file?.base64 ?? '', 'base64')).buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Summary', 'Histogram', 'Sensitivity', 'Model', 'Samples']);

    const summary = workbook.getWorksheet('Summary');
    const rows = new Map<string, ExcelJS.CellValue[]>();
    summary?.eachRow((row) => {
      const values = (row.values as ExcelJS.CellValue[]).slice(1);
      rows.set(String(values[0]), values.slice(1));
    });
    expect(rows.get('Seed')).toEqual([99]);
    expect(rows.get('statistic')).toEqual(['revenue', 'margin']);
    run.outputs.forEach((output, o) => {
      expect(cellNumber(rows.get('mean')?.[o] ?? null)).toBe(output.mean);
      expect(cellNumber(rows.get('std')?.[o] ?? null)).toBe(output.std);
      for (const p of output.percentiles) expect(cellNumber(rows.get(`P${p.percentile}`)?.[o] ?? null)).toBe(p.value);
    });

    const histogram: ExcelJS.CellValue[][] = [];
    workbook.getWorksheet('Histogram')?.eachRow((row, i) => {
      if (i > 1) histogram.push((row.values as ExcelJS.CellValue[]).slice(1));
    });
    const revenueBins = histogram.filter((row) => row[0] === 'revenue');
    expect(revenueBins.map((row) => row[3])).toEqual(run.outputs[0].histogram.counts);

    // The Samples sheet holds every iteration here, so its percentiles are the run's, exactly.
    const revenue: number[] = [];
    workbook.getWorksheet('Samples')?.eachRow((row, i) => {
      if (i > 1) revenue.push(cellNumber((row.values as ExcelJS.CellValue[])[2]));
    });
    expect(revenue).toHaveLength(ITERATIONS);
    const sorted = Float64Array.from(revenue).sort();
    for (const p of run.outputs[0].percentiles) expect(sortedQuantile(sorted, p.percentile / 100)).toBeCloseTo(p.value ?? NaN, 9);
  });

  it('holds a histogram chart per output over its rows of the Histogram table', async () => {
    const response = await app.client.request(ExportWorkbook, { id: run.runId }, { key });
    const zip = await JSZip.loadAsync(Buffer.from(response.data?.simulationWorkbook.base64 ?? '', 'base64'));
    const text = async (path: string): Promise<string> => (await zip.file(path)?.async('string')) ?? '';
    const types = await text('[Content_Types].xml');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"');
    const binsOf = run.outputs.map((o) => o.histogram.counts.length);
    let firstRow = 2;
    for (const [i, output] of run.outputs.entries()) {
      const lastRow = firstRow + binsOf[i] - 1;
      const chart = await text(`xl/charts/chart${i + 1}.xml`);
      expect(types).toContain(
        `PartName="/xl/charts/chart${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`,
      );
      expect(chart).toContain(`<c:f>'Histogram'!$D$${firstRow}:$D$${lastRow}</c:f>`);
      expect(chart).toContain(`<c:f>'Histogram'!$B$${firstRow}:$B$${lastRow}</c:f>`);
      expect(chart).toContain(`<c:v>${output.name}</c:v>`);
      expect(chart).toContain(`<c:pt idx="0"><c:v>${output.histogram.counts[0]}</c:v></c:pt>`);
      firstRow = lastRow + 1;
    }
    // The Histogram sheet (the second) points at the drawing, which points at both charts.
    expect(await text('xl/worksheets/sheet2.xml')).toContain('<drawing r:id="rIdCarloHistogram"/>');
    expect(await text('xl/worksheets/_rels/sheet2.xml.rels')).toContain('Target="../drawings/drawing1.xml"');
    const drawingRels = await text('xl/drawings/_rels/drawing1.xml.rels');
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
    expect(drawingRels).toContain('Target="../charts/chart2.xml"');
  });

  it.skipIf(!SOFFICE)('opens in LibreOffice, which draws the chart into a PDF', async () => {
    const response = await app.client.request(ExportWorkbook, { id: run.runId }, { key });
    const directory = await mkdtemp(path.join(os.tmpdir(), 'carlo-xlsx-'));
    try {
      await writeFile(path.join(directory, 'results.xlsx'), Buffer.from(response.data?.simulationWorkbook.base64 ?? '', 'base64'));
      execFileSync(SOFFICE ?? 'soffice', [
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        directory,
        path.join(directory, 'results.xlsx'),
      ]);
      const pdf = await readFile(path.join(directory, 'results.pdf'));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it("answers NOT_FOUND for another account's run", async () => {
    const other = await customerWithKey(app);
    const response = await app.client.request(ExportWorkbook, { id: run.runId }, { key: other.key });
    expect(response.errors[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('simulationSipmath', () => {
  it("exports a SIPmath 3.0 library that validates and reproduces the run's percentiles", async () => {
    const response = await app.client.request(ExportSipmath, { id: run.runId }, { key });
    expect(response.errors).toEqual([]);
    const library = sipmathSchema.parse(response.data?.simulationSipmath);
    expect(library.sips.map((s) => s.name)).toEqual(['revenue', 'margin', 'units', 'price']);
    expect(library.U01.copula?.[0].copulaLayer).toHaveLength(4);
    // units and price were correlated at -0.5 (Spearman); the copula carries it on the normal scale.
    const matrix = library.globalVariables?.[0].value.matrix ?? [];
    const unitsPrice = matrix.find((m) => m.row === 'price' && m.col === 'units')?.value ?? NaN;
    expect(unitsPrice).toBeCloseTo(2 * Math.sin((Math.PI * -0.5) / 6), 1);
    for (const output of run.outputs) {
      const sip = library.sips.find((s) => s.name === output.name);
      const spread = (output.max ?? NaN) - (output.min ?? NaN);
      for (const p of output.percentiles.filter((q) => q.percentile >= 5 && q.percentile <= 95)) {
        const fromSip = metalogQuantile(sip?.arguments.aCoefficients ?? [], p.percentile / 100);
        expect(Math.abs(fromSip - (p.value ?? NaN)) / spread, `${output.name} P${p.percentile}`).toBeLessThan(0.005);
      }
    }
  });
});
