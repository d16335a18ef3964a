import { describe, expect, it } from 'vitest';
import { importWorkbook } from './workbook-import.js';
import { WorkbookError } from './workbook-errors.js';
import { workbookBase64 } from './workbook-test-support.js';
import { uncompressedSize } from './zip-size.js';

async function translate(
  sheets: Parameters<typeof workbookBase64>[0],
  names: Record<string, string> = {},
  outputs: string[] | null = null,
) {
  return importWorkbook({ fileBase64: await workbookBase64(sheets, names), sheet: null, outputs, iterations: 1000, seed: 1 });
}

async function refusal(sheets: Parameters<typeof workbookBase64>[0], outputs: string[] | null = null): Promise<WorkbookError> {
  try {
    await translate(sheets, {}, outputs);
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw error;
  }
  throw new Error('the workbook was accepted');
}

describe('importWorkbook', () => {
  it('refuses a Crystal Ball function it does not map, naming the cell and the function', async () => {
    const error = await refusal({ S: { A1: '=CB.Gamma(0, 1, 2)', A2: '=RiskOutput() + A1' } });
    expect(error.cell).toBe('S!A1');
    expect(error.fn).toBe('CB.GAMMA');
    expect(error.message).toContain('Crystal Ball function');
  });

  it('translates inputs, intermediate formulas, ranges, cross-sheet references and named ranges', async () => {
    const imported = await translate(
      {
        Model: {
          B1: '=RiskNormal(100, 10)',
          B2: '=RiskTriang(1, 2, 4)',
          B3: 0.25,
          B4: '=SUM(B1:B2) * (1 - Rate)',
          B5: '=RiskOutput("Profit") + B4 - Costs!A1',
        },
        Costs: { A1: '=RiskUniform(5, 15) + 2' },
      },
      { Rate: 'Model!$B$3' },
    );
    expect(imported.model.inputs.map((i) => i.name)).toEqual(['B1', 'B2', 'Costs_A1_1']);
    expect(imported.model.outputs).toEqual([{ name: 'Profit', formula: '(B1 + B2) * (1 - 0.25) - (Costs_A1_1 + 2)' }]);
  });

  it('converts RiskLognorm mean and sd to the mu and sigma of its logarithm', async () => {
    const imported = await translate({ S: { A1: '=RiskLognorm(100, 20)', A2: '=RiskOutput() + A1 * 2' } });
    const d = imported.model.inputs[0].distribution;
    expect(d.type).toBe('LOGNORMAL');
    expect(Math.exp((d.mu ?? 0) + (d.sigma ?? 0) ** 2 / 2)).toBeCloseTo(100, 9);
  });

  it("keeps Excel's precedence: unary minus before ^, ^ left-associative, % as a hundredth", async () => {
    const imported = await translate({ S: { A1: '=RiskNormal(0, 1)', A2: '=RiskOutput() + -A1^2 + 2^3^2 - 50%*A1' } });
    expect(imported.model.outputs[0].formula).toBe('(-A1) ^ 2 + (2 ^ 3) ^ 2 - 50 / 100 * A1');
  });

  it('names inputs by RiskName or defined name, moves RiskTruncate2 limits by the shift, and warns about unused inputs', async () => {
    const imported = await translate(
      {
        S: {
          A1: '=RiskNormal(10, 1, RiskName("Demand"))',
          A2: '=RiskUniform(0, 1, RiskTruncate2(0.2, ), RiskShift(5))',
          A3: '=RiskGamma(2, 2)',
          A4: '=RiskOutput("Total") + A1 + A2',
        },
      },
      { Share: 'S!$A$2' },
    );
    expect(imported.model.inputs).toEqual([
      { name: 'Demand', distribution: { type: 'NORMAL', mean: 10, sd: 1 } },
      { name: 'Share', distribution: { type: 'UNIFORM', min: 0, max: 1 }, truncateMin: 5.2, shift: 5 },
    ]);
    expect(imported.model.outputs).toEqual([{ name: 'Total', formula: 'Demand + Share' }]);
    expect(imported.warnings).toEqual(['S!A3 holds an @RISK function but no output depends on it; it was left out of the model.']);
  });

  it('names the cell and the function of an unsupported formula', async () => {
    const error = await refusal({ S: { A1: '=RiskNormal(0, 1)', A2: '=RiskOutput() + VLOOKUP(A1, C1:D4, 2)' } });
    expect(error.cell).toBe('S!A2');
    expect(error.fn).toBe('VLOOKUP');
    expect(error.message).toMatch(/^S!A2 .*VLOOKUP is not supported/);
  });

  it('refuses circular references, naming the loop', async () => {
    const error = await refusal({ S: { A1: '=RiskNormal(0, 1) + A3', A2: '=A1 * 2', A3: '=A2 + 1', A4: '=RiskOutput() + A2' } });
    expect(error.message).toMatch(/circular reference \(S!A2 -> S!A1 -> S!A3 -> S!A2\)/);
  });

  it('measures what a workbook expands to before reading it, and refuses what is not a zip', async () => {
    const bytes = Buffer.from(await workbookBase64({ S: { A1: 'x'.repeat(20_000), A2: 'y'.repeat(20_000) } }), 'base64');
    const size = uncompressedSize(bytes);
    expect(size).toBeGreaterThan(40_000);
    expect(size).toBeGreaterThan(bytes.length);
    expect(uncompressedSize(bytes.subarray(0, bytes.length - 30))).toBeNull();
    expect(uncompressedSize(Buffer.from('not a zip archive at all'))).toBeNull();
  });
});
