import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { workbookBase64 } from './workbook-test-support.js';
import { distributionCallCount, workbookShapeBound } from './workbook-inputs-bound.js';

describe('distributionCallCount', () => {
  it('counts every distribution call on every sheet, inside larger formulas too, and nothing else', async () => {
    const file = await workbookBase64({
      A: { A1: '=RiskNormal(0, 1)', A2: '=riskuniform(0, 1) + RiskTriang(1, 2, 3)', A3: '=RiskOutput() + A1 + SUM(A1:A2)' },
      B: { B1: '=RISKLOGNORM2(0, 1)', B2: '=RiskTruncate(0, 1)', B3: 'RiskNormal(1, 2) as text', B4: '=CB.Normal(0, 1) + CBXNORMAL(1)' },
    });
    expect(distributionCallCount(file)).toBe(5);
  });

  it('counts a shared formula once per cell that shares it', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('S');
    sheet.fillFormula('A1:A3', 'RiskNormal(0, 1)', [0, 0, 0]);
    // exceljs writes A2 and A3 as <f t="shared" si="0"/>, pointing at A1's formula.
    const file = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    expect(distributionCallCount(file)).toBe(3);
  });

  it('counts nothing in what is no workbook', () => {
    expect(distributionCallCount(Buffer.from('RiskNormal(0, 1)').toString('base64'))).toBe(0);
  });
});

describe('workbookShapeBound', () => {
  it('bounds outputs by formula cells and operations by formula characters plus the cells of every range', async () => {
    const file = await workbookBase64({ A: { A1: '=RiskNormal(0, 1)', B1: '=SUM(A1:A100) + SUM($C$1:$D$10)' } });
    const bound = workbookShapeBound(file);
    expect(bound.distributionCalls).toBe(1);
    expect(bound.formulaCells).toBe(2);
    // 'RiskNormal(0, 1)' and 'SUM(A1:A100) + SUM($C$1:$D$10)' as text, and 100 + 20 range cells.
    expect(bound.formulaTerms).toBe('RiskNormal(0, 1)'.length + 'SUM(A1:A100) + SUM($C$1:$D$10)'.length + 120);
  });
});
