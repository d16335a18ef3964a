import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workbookBase64, type SheetContents } from '../../server/src/domain/workbooks/workbook-test-support.js';
import { graphql } from '../generated/index.js';
import type { SimulationInput } from '../generated/graphql.js';
import { customerWithKey } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ImportWorkbook = graphql(`mutation ImportWorkbook($input: ImportWorkbookInput!) {
  importWorkbook(input: $input) { sheet model warnings cells { cell role name excel carlo notes } }
}`);

const RunImported = graphql(`mutation RunImported($input: SimulationInput!) {
  runSimulation(input: $input) { runId iterationsRun outputs { name count mean std percentiles { percentile value } } }
}`);

type Outputs = {
  name: string;
  count: number;
  mean: number | null;
  std: number | null;
  percentiles: { percentile: number; value: number | null }[];
}[];

let app: TestApp;
let key: string;
beforeAll(async () => {
  app = await startTestApp({ SIMULATION_WORKERS: '2' });
  ({ key } = await customerWithKey(app));
});
afterAll(async () => {
  await app?.close();
});

async function importSheets(
  sheets: Record<string, SheetContents>,
  options: { names?: Record<string, string>; outputs?: string[]; iterations?: number; seed?: number } = {},
) {
  const fileBase64 = await workbookBase64(sheets, options.names);
  return app.client.request(
    ImportWorkbook,
    { input: { fileBase64, outputs: options.outputs, iterations: options.iterations, seed: options.seed } },
    { key },
  );
}

async function run(input: SimulationInput): Promise<Outputs> {
  const response = await app.client.request(RunImported, { input }, { key });
  expect(response.errors).toEqual([]);
  return response.data?.runSimulation.outputs ?? [];
}

function outputNamed(outputs: Outputs, name: string): Outputs[number] {
  const found = outputs.find((o) => o.name === name);
  if (!found) throw new Error(`no output ${name}`);
  return found;
}

/** |a - b| within five standard errors: false alarms about 1 in 1.7 million. */
function withinMonteCarloError(mean: number, expected: number, sd: number, n: number): boolean {
  return Math.abs(mean - expected) <= (5 * sd) / Math.sqrt(n);
}

describe('importWorkbook', () => {
  it("maps every supported @RISK distribution to a Carlo input whose mean is the distribution's", async () => {
    const cases: [string, string, number][] = [
      ['Normal', 'RiskNormal(10, 2)', 10],
      ['Lognorm', 'RiskLognorm(100, 20)', 100],
      ['Lognorm2', 'RiskLognorm2(1, 0.5)', Math.exp(1.125)],
      ['Triang', 'RiskTriang(1, 2, 6)', 3],
      ['Pert', 'RiskPert(0, 3, 10)', 22 / 6],
      ['Uniform', 'RiskUniform(2, 8)', 5],
      ['Beta', 'RiskBeta(2, 5)', 2 / 7],
      ['BetaGeneral', 'RiskBetaGeneral(2, 5, 10, 20)', 10 + 20 / 7],
      ['Gamma', 'RiskGamma(3, 2)', 6],
      ['Expon', 'RiskExpon(4)', 4],
      ['Weibull', 'RiskWeibull(2, 3)', 3 * 0.886226925452758],
      ['Poisson', 'RiskPoisson(4)', 4],
      ['Binomial', 'RiskBinomial(10, 0.3)', 3],
      ['Discrete', 'RiskDiscrete({1,2,3}, {1,1,2})', 2.25],
      ['Student', 'RiskStudent(5)', 0],
      ['Logistic', 'RiskLogistic(1, 2)', 1],
      ['Pareto', 'RiskPareto(3, 2)', 3],
      ['Truncated', 'RiskNormal(0, 1, RiskTruncate(0, ))', Math.sqrt(2 / Math.PI)],
      ['Shifted', 'RiskExpon(4, RiskShift(10))', 14],
    ];
    const sheet: SheetContents = {};
    cases.forEach(([name, formula], i) => {
      sheet[`A${i + 1}`] = `=${formula}`;
      sheet[`B${i + 1}`] = `=RiskOutput("${name}") + A${i + 1}`;
    });
    const n = 100_000;
    const response = await importSheets({ Dists: sheet }, { iterations: n, seed: 11 });
    expect(response.errors).toEqual([]);
    expect(response.extensions.cost).toMatchObject({ charged: 2 });
    const imported = response.data?.importWorkbook;
    expect(imported?.cells.filter((c) => c.role === 'INPUT')).toHaveLength(cases.length);
    expect(imported?.cells.find((c) => c.cell === 'Dists!A2')?.notes[0]).toMatch(/converted to mu/);
    const outputs = await run(imported?.model as SimulationInput);
    for (const [name, , expected] of cases) {
      const o = outputNamed(outputs, name);
      expect(withinMonteCarloError(o.mean ?? NaN, expected, o.std ?? NaN, n), `${name}: mean ${o.mean}, expected ${expected}`).toBe(true);
    }
    // RiskLognorm takes the lognormal's own sd, RiskExpon its mean: both are the outputs' sd.
    expect(outputNamed(outputs, 'Lognorm').std).toBeGreaterThan(19.5);
    expect(outputNamed(outputs, 'Lognorm').std).toBeLessThan(20.5);
    expect(outputNamed(outputs, 'Expon').std).toBeGreaterThan(3.9);
    expect(outputNamed(outputs, 'Expon').std).toBeLessThan(4.1);
  });

  it("maps Crystal Ball's cell functions with Crystal Ball's parameter orders", async () => {
    const cases: [string, string, number, number][] = [
      ['Normal', 'CB.Normal(10, 2)', 10, 2],
      ['Uniform', 'CB.Uniform(2, 8)', 5, Math.sqrt(3)],
      ['Triangular', 'CB.Triangular(1, 2, 6)', 3, Math.sqrt((1 + 4 + 36 - 2 - 6 - 12) / 18)],
      ['BetaPERT', 'cb.betapert(0, 3, 10)', 22 / 6, 0],
      ['Lognormal', 'CB.Lognormal(100, 20)', 100, 20],
      ['Exponential', 'CB.Exponential(0.25)', 4, 4],
      ['Poisson', 'CB.Poisson(4)', 4, 2],
      ['Binomial', 'CB.Binomial(0.3, 10)', 3, Math.sqrt(2.1)],
    ];
    const sheet: SheetContents = {};
    cases.forEach(([name, formula], i) => {
      sheet[`A${i + 1}`] = `=${formula}`;
      sheet[`B${i + 1}`] = `=RiskOutput("${name}") + A${i + 1}`;
    });
    const n = 100_000;
    const response = await importSheets({ CB: sheet }, { iterations: n, seed: 12 });
    expect(response.errors).toEqual([]);
    const outputs = await run(response.data?.importWorkbook.model as SimulationInput);
    for (const [name, , mean, sd] of cases) {
      const o = outputNamed(outputs, name);
      expect(withinMonteCarloError(o.mean ?? NaN, mean, o.std ?? NaN, n), `${name}: mean ${o.mean}, expected ${mean}`).toBe(true);
      // The second parameter's meaning (a rate, the lognormal's own sd, the trials) shows in the spread.
      if (sd > 0) expect(Math.abs((o.std ?? NaN) / sd - 1), `${name}: sd ${o.std}, expected ${sd}`).toBeLessThan(0.02);
    }
  });

  it('translates formulas, ranges, cross-sheet references, named ranges and correlation into the model built by hand', async () => {
    const n = 200_000;
    const response = await importSheets(
      {
        Model: {
          A1: 'Units',
          B1: '=RiskPert(800, 1000, 1500, RiskCorrmat(Corr!$A$1:$B$2, 1))',
          A2: 'Price',
          B2: '=RiskNormal(20, 3, RiskTruncate(12, 30), RiskCorrmat(Corr!$A$1:$B$2, 2))',
          A3: 'Cost',
          B3: '=RiskTriang(5, 8, 14, RiskShift(1))',
          B4: '=B1 * (B2 - B3)',
          B5: '=SUM(B4, Inputs!B1:B2) - AVERAGE(Inputs!B1:B3) * 2',
          B6: '=IF(AND(B5 > 0, OR(B2 > 18, B3 < 9)), ROUND(B5, -1), ABS(B5) * -1)',
          B7: '=RiskOutput("Profit") + B6 + LN(EXP(2)) + LOG10(100) + SQRT(POWER(3, 2)) - MAX(B3, 10) + MIN(0, -1) + PRODUCT(2, Growth) - TaxRate',
        },
        Inputs: { B1: 1000, B2: '=RiskUniform(-500, 500)', B3: 250 },
        Corr: { A1: 1, A2: 0.6, B2: 1 },
      },
      { names: { Growth: 'Inputs!$B$3', TaxRate: 'Model!$C$9' }, iterations: n, seed: 5 },
    );
    expect(response.errors).toEqual([]);
    const imported = response.data?.importWorkbook;
    const byHand: SimulationInput = {
      iterations: n,
      seed: 6,
      inputs: [
        { name: 'units', distribution: { type: 'PERT', min: 800, mode: 1000, max: 1500 } },
        { name: 'price', distribution: { type: 'NORMAL', mean: 20, sd: 3 }, truncateMin: 12, truncateMax: 30 },
        { name: 'cost', distribution: { type: 'TRIANGULAR', min: 5, mode: 8, max: 14 }, shift: 1 },
        { name: 'noise', distribution: { type: 'UNIFORM', min: -500, max: 500 } },
      ],
      outputs: [
        { name: 'b5', formula: 'units * (price - cost) + 1000 + noise - (1000 + noise + 250) / 3 * 2' },
        {
          name: 'Profit',
          formula: 'if((b5 > 0) * ((price > 18) + (cost < 9) > 0), round(b5, -1), -abs(b5)) + 2 + 2 + 3 - max(cost, 10) - 1 + 500 - 0',
        },
      ],
      correlation: {
        inputs: ['units', 'price'],
        matrix: [
          [1, 0.6],
          [0.6, 1],
        ],
      },
    };
    const [fromWorkbook, fromHand] = await Promise.all([run(imported?.model as SimulationInput), run(byHand)]);
    const a = outputNamed(fromWorkbook, 'Profit');
    const b = outputNamed(fromHand, 'Profit');
    const se = Math.sqrt(((a.std ?? NaN) ** 2 + (b.std ?? NaN) ** 2) / n);
    expect(Math.abs((a.mean ?? NaN) - (b.mean ?? NaN)), `means ${a.mean} and ${b.mean}`).toBeLessThan(5 * se);
    expect(Math.abs((a.std ?? NaN) - (b.std ?? NaN)) / (b.std ?? NaN)).toBeLessThan(0.02);
    const median = (o: Outputs[number]) => o.percentiles.find((p) => p.percentile === 50)?.value ?? NaN;
    expect(Math.abs(median(a) - median(b)) / (b.std ?? NaN)).toBeLessThan(0.02);
    expect(imported?.model).toMatchObject({
      correlation: {
        inputs: ['B1', 'B2'],
        matrix: [
          [1, 0.6],
          [0.6, 1],
        ],
      },
    });
    expect(imported?.cells.find((c) => c.cell === 'Model!B4')).toMatchObject({ role: 'FORMULA', carlo: 'B1 * (B2 - B3)' });
  });
});

describe('importWorkbook refusals', () => {
  const cases: {
    what: string;
    sheets: Record<string, SheetContents>;
    outputs?: string[];
    cell: string | null;
    fn?: string;
    message: RegExp;
  }[] = [
    {
      what: 'an unsupported Excel function',
      sheets: { S: { A1: '=RiskNormal(0, 1)', A2: '=RiskOutput() + VLOOKUP(A1, C1:D2, 2)' } },
      cell: 'S!A2',
      fn: 'VLOOKUP',
      message: /VLOOKUP is not supported/,
    },
    {
      what: 'an @RISK function Carlo does not map',
      sheets: { S: { A1: '=RiskCumul(0, 10, {1,5}, {0.2,0.7})', A2: '=RiskOutput() + A1' } },
      cell: 'S!A1',
      fn: 'RISKCUMUL',
      message: /RISKCUMUL is an @RISK function Carlo does not map/,
    },
    {
      what: 'a parameter that depends on an uncertain cell',
      sheets: { S: { A1: '=RiskNormal(0, 1)', A2: '=RiskNormal(A1, 1)', A3: '=RiskOutput() + A2' } },
      cell: 'S!A2',
      fn: 'RISKNORMAL',
      message: /depends on an uncertain cell/,
    },
    {
      what: 'text joined with &',
      sheets: { S: { A1: '=RiskNormal(0, 1)', A2: '=RiskOutput() + A1 & "x"' } },
      cell: 'S!A2',
      message: /& joins text/,
    },
    {
      what: 'a range used as one value',
      sheets: { S: { A1: '=RiskNormal(0, 1)', A2: '=RiskOutput() + A1:A1 + B1:B2' } },
      cell: 'S!A2',
      message: /is used as one value/,
    },
    {
      what: 'a text cell used as a number',
      sheets: { S: { A1: 'ten', A2: '=RiskOutput() + A1 * RiskNormal(0, 1)' } },
      cell: 'S!A1',
      message: /holds the text "ten"/,
    },
    {
      what: 'a missing sheet',
      sheets: { S: { A1: '=RiskOutput() + Other!A1 + RiskNormal(0, 1)' } },
      cell: 'S!A1',
      message: /sheet 'Other'/,
    },
    {
      what: 'an undefined name',
      sheets: { S: { A1: '=RiskOutput() + Rate * RiskNormal(0, 1)' } },
      cell: 'S!A1',
      message: /the name Rate is not defined/,
    },
    {
      what: 'a circular reference',
      sheets: { S: { A1: '=RiskNormal(0, 1) + A3', A2: '=A1 * 2', A3: '=A2 + 1', A4: '=RiskOutput() + A2' } },
      cell: 'S!A2',
      message: /circular reference \(S!A2 -> S!A1 -> S!A3 -> S!A2\)/,
    },
    {
      what: 'a self reference',
      sheets: { S: { A1: '=RiskOutput() + A1 + RiskNormal(0, 1)' } },
      cell: 'S!A1',
      message: /circular reference/,
    },
    {
      what: 'invalid parameters, reported at their cell',
      sheets: { S: { A1: '=RiskNormal(0, -1)', A2: '=RiskOutput() + A1' } },
      cell: 'S!A1',
      message: /sd must be greater than 0/,
    },
    {
      what: 'a workbook without outputs',
      sheets: { S: { A1: '=RiskNormal(0, 1)' } },
      cell: null,
      fn: 'RISKOUTPUT',
      message: /marks no output/,
    },
    {
      what: 'an output address that is not a cell',
      sheets: { S: { A1: '=RiskNormal(0, 1)' } },
      outputs: ['Nowhere'],
      cell: 'Nowhere',
      message: /neither a cell address/,
    },
  ];

  it.each(cases)('refuses $what with BAD_USER_INPUT naming the cell', async ({ sheets, outputs, cell, fn, message }) => {
    const response = await importSheets(sheets, { outputs });
    expect(response.errors).toHaveLength(1);
    const error = response.errors[0];
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
    expect(error.extensions?.cell).toBe(cell);
    if (fn !== undefined) expect(error.extensions?.function).toBe(fn);
    if (cell !== null) expect(error.message.startsWith(cell) || error.message.includes(cell)).toBe(true);
  });

  it('refuses a file that is not an .xlsx and one over the size limit, and charges neither', async () => {
    const notXlsx = await app.client.request(
      ImportWorkbook,
      { input: { fileBase64: Buffer.from('not a workbook').toString('base64') } },
      { key },
    );
    expect(notXlsx.errors[0]?.message).toMatch(/could not be read as an .xlsx workbook/);
    const tooLarge = await app.client.request(
      ImportWorkbook,
      { input: { fileBase64: Buffer.alloc(600 * 1024).toString('base64') } },
      { key },
    );
    expect(tooLarge.errors[0]?.message).toMatch(/at most 524288 are read/);
    for (const response of [notXlsx, tooLarge]) expect(response.extensions.cost).toMatchObject({ charged: 0 });
  });
});
