/**
 * One @RISK distribution call with its property functions (RiskTruncate, RiskTruncate2,
 * RiskShift, RiskName, RiskCorrmat; display-only ones ignored) as a Carlo input. Parameters must
 * be constant: Carlo's distributions have fixed parameters, so a parameter that depends on another
 * uncertain cell is refused rather than silently frozen.
 */
import type { InputSpec } from '../simulation/index.js';
import { type CarloNode, evaluateConstant } from './carlo-formula.js';
import { type CellRef, cellKey, cellsOfRange } from './cell-address.js';
import type { ExcelNode } from './excel-formula.js';
import { type RiskArg, mapRiskDistribution } from './risk-distributions.js';
import { FunctionError } from './workbook-errors.js';

export const PROPERTY_FUNCTIONS = new Set(['RISKTRUNCATE', 'RISKTRUNCATE2', 'RISKSHIFT', 'RISKNAME', 'RISKCORRMAT']);
/** Property functions that change only how @RISK displays or stores an input. */
export const IGNORED_PROPERTIES = new Set(['RISKSTATIC', 'RISKUNITS', 'RISKCATEGORY', 'RISKCOLLECT', 'RISKISDISCRETE']);

export type InputArgs = {
  value(node: ExcelNode): CarloNode;
  values(node: ExcelNode): CarloNode[];
  range(node: ExcelNode): { sheet: string; from: CellRef; to: CellRef } | null;
  constantAt(key: string): number | null;
};

export type CorrelationEntry = { group: string; matrix: number[][]; position: number };
export type RiskInput = { spec: InputSpec; notes: string[]; correlation: CorrelationEntry | null };

export function riskInput(fn: string, args: ExcelNode[], nameFor: (riskName: string | null) => string, t: InputArgs): RiskInput {
  const isProperty = (node: ExcelNode): node is Extract<ExcelNode, { kind: 'call' }> =>
    node.kind === 'call' && (PROPERTY_FUNCTIONS.has(node.fn) || IGNORED_PROPERTIES.has(node.fn));
  const params = args.filter((node) => !isProperty(node)).map((node, i) => riskArg(fn, node, i, t));
  const mapped = mapRiskDistribution(fn, params);
  const notes = mapped.note === null ? [] : [mapped.note];
  let riskName: string | null = null;
  let truncate: [number | null, number | null] | null = null;
  let truncateBeforeShift = false;
  let shift = 0;
  let correlation: CorrelationEntry | null = null;
  for (const property of args.filter(isProperty)) {
    const p = property.args;
    const constant = (i: number): number | null =>
      p[i] === undefined || p[i].kind === 'missing' ? null : constantArg(property.fn, p[i], i, t);
    switch (property.fn) {
      case 'RISKTRUNCATE':
      case 'RISKTRUNCATE2':
        truncate = [constant(0), constant(1)];
        truncateBeforeShift = property.fn === 'RISKTRUNCATE2';
        break;
      case 'RISKSHIFT':
        shift = constant(0) ?? 0;
        break;
      case 'RISKNAME':
        if (p[0]?.kind !== 'string') throw new FunctionError('RiskName takes the name as text, e.g. RiskName("Units").', 'RISKNAME');
        riskName = p[0].value;
        break;
      case 'RISKCORRMAT':
        correlation = corrmat(p, t);
        break;
      default:
        notes.push(`${property.fn} ignored: it changes only how @RISK shows or stores the input`);
    }
  }
  // RiskTruncate2's limits are on the distribution before the shift; Carlo's are after it.
  const [lo, hi] = (truncate ?? [null, null]).map((v) => (v !== null && truncateBeforeShift ? v + shift : v));
  if (truncateBeforeShift && truncate !== null) notes.push('RiskTruncate2 limits moved by the shift, as Carlo truncates after shifting');
  const spec: InputSpec = {
    name: nameFor(riskName),
    distribution: mapped.distribution,
    truncateMin: lo,
    truncateMax: hi,
    shift: shift === 0 ? null : shift,
  };
  return { spec, notes, correlation };
}

function riskArg(fn: string, node: ExcelNode, i: number, t: InputArgs): RiskArg {
  if (node.kind === 'missing') return null;
  if (node.kind === 'array') return node.rows.flat();
  if (t.range(node) !== null && (node.kind === 'name' || (node.kind === 'ref' && node.to !== null))) {
    return t.values(node).map((value) => constantOrFail(fn, value, i));
  }
  return constantArg(fn, node, i, t);
}

function constantArg(fn: string, node: ExcelNode, i: number, t: InputArgs): number {
  return constantOrFail(fn, t.value(node), i);
}

function constantOrFail(fn: string, node: CarloNode, i: number): number {
  const value = evaluateConstant(node);
  if (value === null) {
    throw new FunctionError(
      `argument ${i + 1} of ${fn} depends on an uncertain cell; Carlo's distributions take fixed parameters. Compute the parameter from constants, or model the dependence in formulas.`,
      fn,
    );
  }
  if (!Number.isFinite(value)) throw new FunctionError(`argument ${i + 1} of ${fn} is not a finite number (${value}).`, fn);
  return value;
}

/** RiskCorrmat(matrix range, position[, instance]): the matrix is read whole; blanks mirror the other triangle. */
function corrmat(p: ExcelNode[], t: InputArgs): CorrelationEntry {
  const range = p[0] === undefined ? null : t.range(p[0]);
  if (range === null)
    throw new FunctionError(
      'RiskCorrmat needs the correlation matrix as a range or a defined name, e.g. RiskCorrmat($F$2:$G$3, 1).',
      'RISKCORRMAT',
    );
  const rows = Math.abs(range.to.row - range.from.row) + 1;
  const cols = Math.abs(range.to.col - range.from.col) + 1;
  if (rows !== cols) throw new FunctionError(`RiskCorrmat's matrix must be square (got ${rows} x ${cols}).`, 'RISKCORRMAT');
  const keys = cellsOfRange(range.from, range.to).map((ref) => cellKey(range.sheet, ref));
  const at = (i: number, j: number): number | null => t.constantAt(keys[i * cols + j]);
  const matrix = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => {
      const v = at(i, j) ?? at(j, i) ?? (i === j ? 1 : null);
      if (v === null)
        throw new FunctionError(`RiskCorrmat's matrix has no number at row ${i + 1}, column ${j + 1} (nor at its mirror).`, 'RISKCORRMAT');
      return v;
    }),
  );
  const position = p[1] === undefined ? null : evaluateConstant(t.value(p[1]));
  if (position === null || !Number.isInteger(position) || position < 1 || position > rows) {
    throw new FunctionError(`RiskCorrmat's position must be a whole number from 1 to ${rows}.`, 'RISKCORRMAT');
  }
  const instance = p[2]?.kind === 'string' ? p[2].value : p[2] === undefined ? '' : String(evaluateConstant(t.value(p[2])));
  return { group: `${keys[0]}:${keys[keys.length - 1]}#${instance}`, matrix, position };
}
