/**
 * Walks a workbook from its output cells down to constants and @RISK inputs, translating every
 * formula on the way into Carlo's language. Intermediate cells are inlined; an output that
 * another output uses is referred to by name, so outputs come out in dependency order.
 */
import type { InputSpec, OutputSpec } from '../simulation/index.js';
import { type CarloNode, bin, evaluateConstant, num, printFormula } from './carlo-formula.js';
import { cellKey, cellName, cellsOfRange } from './cell-address.js';
import { type ExcelNode, ExcelSyntaxError, parseExcelFormula } from './excel-formula.js';
import { translateExcelCall } from './excel-functions.js';
import { ModelNames } from './model-names.js';
import { RISK_DISTRIBUTIONS } from './risk-distributions.js';
import { type CorrelationEntry, IGNORED_PROPERTIES, type InputArgs, PROPERTY_FUNCTIONS, riskInput } from './risk-inputs.js';
import type { NamedRange, WorkbookCells } from './workbook-cells.js';
import { FunctionError, WorkbookError } from './workbook-errors.js';

export type CellRole = 'INPUT' | 'OUTPUT' | 'FORMULA';
export type CellMapping = { cell: string; role: CellRole; name: string | null; excel: string; carlo: string; notes: string[] };
export type OutputCell = { key: string; name: string | null };

/** The engine's limit on one formula; a longer inlined output is refused with a way out. */
const MAX_FORMULA_LENGTH = 10_000;
const OPS = {
  '+': '+',
  '-': '-',
  '*': '*',
  '/': '/',
  '^': '^',
  '=': '==',
  '<>': '!=',
  '<': '<',
  '>': '>',
  '<=': '<=',
  '>=': '>=',
} as const;

type Context = { key: string; sheet: string; label: string; inline: number };

export class WorkbookTranslator {
  readonly inputs: InputSpec[] = [];
  readonly outputs: OutputSpec[] = [];
  readonly correlations: { entry: CorrelationEntry; input: string; cell: string }[] = [];
  readonly mappings = new Map<string, CellMapping>();
  private readonly names = new ModelNames();
  private readonly nodes = new Map<string, CarloNode>();
  private readonly outputNames = new Map<string, string>();
  private readonly stack: string[] = [];
  private readonly cellNames = new Map<string, string>();

  constructor(
    private readonly book: WorkbookCells,
    private readonly mainSheet: string,
  ) {
    for (const range of book.names.values()) {
      if (range.from.col === range.to.col && range.from.row === range.to.row)
        this.cellNames.set(cellKey(range.sheet, range.from), range.name);
    }
  }

  /** Inputs, outputs and the report for these output cells (names from RiskOutput, defined names or addresses). */
  translate(outputCells: OutputCell[]): void {
    for (const { key, name } of outputCells)
      this.outputNames.set(key, this.names.claim(name ?? this.cellNames.get(key) ?? this.label(key)));
    for (const { key } of outputCells) this.ensureOutput(key);
  }

  /** Cells that hold @RISK distributions no output depends on: left out, and said so. */
  unusedInputCells(): string[] {
    return [...this.book.cells]
      .filter(([key, cell]) => cell.formula !== null && /risk(?!output)[a-z0-9]+\s*\(/i.test(cell.formula) && !this.nodes.has(key))
      .map(([key]) => key);
  }

  private ensureOutput(key: string): void {
    const name = this.outputNames.get(key);
    if (name === undefined || this.outputs.some((o) => o.name === name)) return;
    const node = this.cellNode(key);
    const formula = printFormula(node);
    if (formula.length > MAX_FORMULA_LENGTH) {
      throw new WorkbookError(
        `${key}: this output's formula, with the cells it uses written in, is ${formula.length} characters, over Carlo's ${MAX_FORMULA_LENGTH}. Mark an intermediate cell it uses with RiskOutput() (or list it in outputs) so it is computed once and referred to by name.`,
        key,
        null,
      );
    }
    this.outputs.push({ name, formula });
    this.record(key, 'OUTPUT', name, formula, []);
  }

  /** The value of a referenced cell: an input's or another output's name, or its formula written in. */
  private refNode(key: string): CarloNode {
    const output = this.outputNames.get(key);
    if (output !== undefined) {
      if (this.stack.includes(key)) throw this.circular(key);
      this.ensureOutput(key);
      return { kind: 'name', name: output };
    }
    return this.cellNode(key);
  }

  private cellNode(key: string): CarloNode {
    const known = this.nodes.get(key);
    if (known !== undefined) return known;
    if (this.stack.includes(key)) throw this.circular(key);
    const cell = this.book.cells.get(key);
    let node: CarloNode;
    if (cell === undefined) node = num(0);
    else if (cell.formula === null) node = this.constant(key, cell.value);
    else {
      this.stack.push(key);
      try {
        node = this.formulaNode(key, cell.formula);
      } catch (error) {
        if (error instanceof FunctionError || error instanceof ExcelSyntaxError) {
          const what =
            error instanceof ExcelSyntaxError
              ? `the formula could not be read (${error.message}); Carlo reads arithmetic, comparisons, references and the functions of its coverage table`
              : error.message;
          throw new WorkbookError(`${key} (=${cell.formula}): ${what}`, key, error instanceof FunctionError ? error.fn : null);
        }
        throw error;
      } finally {
        this.stack.pop();
      }
    }
    this.nodes.set(key, node);
    return node;
  }

  private formulaNode(key: string, formula: string): CarloNode {
    const ast = withoutRiskOutput(parseExcelFormula(formula));
    const ctx: Context = { key, sheet: key.slice(0, key.lastIndexOf('!')), label: this.label(key), inline: 0 };
    if (ast.kind === 'call' && RISK_DISTRIBUTIONS.has(ast.fn)) {
      const output = this.outputNames.get(key);
      const hint = output !== undefined ? `${output}_input` : (this.cellNames.get(key) ?? ctx.label);
      return this.input(ast.fn, ast.args, ctx, hint, `=${formula}`);
    }
    const node = this.node(ast, ctx);
    if (!this.outputNames.has(key)) this.record(key, 'FORMULA', null, printFormula(node), []);
    return node;
  }

  private input(fn: string, args: ExcelNode[], ctx: Context, hint: string, excel: string): CarloNode {
    const { spec, notes, correlation } = riskInput(fn, args, (riskName) => this.names.claim(riskName ?? hint), this.inputArgs(ctx));
    this.inputs.push(spec);
    if (correlation !== null) this.correlations.push({ entry: correlation, input: spec.name, cell: ctx.key });
    const cell = ctx.inline === 0 ? ctx.key : `${ctx.key} (${fn} #${ctx.inline})`;
    this.record(cell, 'INPUT', spec.name, describeInput(spec), notes, excel);
    return { kind: 'name', name: spec.name };
  }

  private node(ast: ExcelNode, ctx: Context): CarloNode {
    switch (ast.kind) {
      case 'number':
        return num(ast.value);
      case 'boolean':
        return num(ast.value ? 1 : 0);
      case 'missing':
        return num(0);
      case 'string':
        throw new FunctionError(`the text "${ast.value}" cannot take part in arithmetic; Carlo's formulas compute numbers only.`, null);
      case 'error':
        throw new FunctionError(`the error value ${ast.text} cannot be simulated; fix the formula in Excel first.`, null);
      case 'array':
        throw new FunctionError('array constants are read only as arguments of RiskDiscrete and RiskDUniform.', null);
      case 'negate':
        return { kind: 'negate', arg: this.node(ast.arg, ctx) };
      case 'percent':
        return bin('/', this.node(ast.arg, ctx), num(100));
      case 'binary':
        if (ast.op === '&') throw new FunctionError('& joins text, which Carlo cannot simulate; remove it from the model.', null);
        return bin(OPS[ast.op], this.node(ast.left, ctx), this.node(ast.right, ctx));
      case 'ref':
      case 'name': {
        const range = this.range(ast, ctx);
        if (range.from.col !== range.to.col || range.from.row !== range.to.row) {
          throw new FunctionError(
            `the range ${range.sheet}!${cellName(range.from)}:${cellName(range.to)} is used as one value; ranges are read only by SUM, PRODUCT, MIN, MAX, AVERAGE, AND, OR, RiskDiscrete and RiskCorrmat.`,
            null,
          );
        }
        return this.refNode(cellKey(range.sheet, range.from));
      }
      case 'call':
        return this.call(ast.fn, ast.args, ctx);
    }
  }

  private call(fn: string, args: ExcelNode[], ctx: Context): CarloNode {
    if (fn === 'RISKOUTPUT')
      throw new FunctionError(
        'RiskOutput() may only be added to a whole formula (=RiskOutput("name") + ...); move it to the front of the formula.',
        fn,
      );
    if (RISK_DISTRIBUTIONS.has(fn)) {
      ctx.inline++;
      return this.input(fn, args, ctx, `${ctx.label}_${ctx.inline}`, `${fn}(...) in =${this.book.cells.get(ctx.key)?.formula ?? ''}`);
    }
    if (PROPERTY_FUNCTIONS.has(fn) || IGNORED_PROPERTIES.has(fn)) {
      throw new FunctionError(`${fn} is a property function: put it inside a distribution, e.g. RiskNormal(0, 1, ${fn}(...)).`, fn);
    }
    if (fn.startsWith('RISK')) {
      throw new FunctionError(
        `${fn} is an @RISK function Carlo does not map (see the coverage table in docs/workbooks.md). Replace it with a supported distribution, or with a value; Carlo reports statistics in the result.`,
        fn,
      );
    }
    if (fn.startsWith('CB.')) {
      throw new FunctionError(
        `${fn} is a Crystal Ball function Carlo does not map (see the coverage table in docs/workbooks.md). Replace it with a supported distribution (CB.Normal, CB.Triangular, …), or with a value.`,
        fn,
      );
    }
    return translateExcelCall(fn, args, { value: (node) => this.node(node, ctx), values: (node) => this.values(node, ctx) });
  }

  /** The cells of a range argument that hold numbers or formulas (Excel's aggregates skip blanks and text). */
  private values(ast: ExcelNode, ctx: Context): CarloNode[] {
    if (ast.kind !== 'ref' && ast.kind !== 'name') return [this.node(ast, ctx)];
    const range = this.range(ast, ctx);
    return cellsOfRange(range.from, range.to)
      .map((ref) => cellKey(range.sheet, ref))
      .filter((key) => {
        const cell = this.book.cells.get(key);
        return cell !== undefined && (cell.formula !== null || typeof cell.value === 'number');
      })
      .map((key) => this.refNode(key));
  }

  private range(ast: Extract<ExcelNode, { kind: 'ref' | 'name' }>, ctx: Context): NamedRange {
    if (ast.kind === 'name') {
      const named = this.book.names.get(ast.name.toUpperCase());
      if (named === undefined)
        throw new FunctionError(
          `the name ${ast.name} is not defined in the workbook (or is not a plain cell range); define it in Excel's Name Manager.`,
          null,
        );
      return this.checkSheet(named);
    }
    return this.checkSheet({ sheet: ast.sheet ?? ctx.sheet, from: ast.from, to: ast.to ?? ast.from });
  }

  private checkSheet(range: NamedRange): NamedRange {
    if (!this.book.sheets.includes(range.sheet))
      throw new FunctionError(`it refers to the sheet '${range.sheet}', which the workbook does not have.`, null);
    return range;
  }

  private inputArgs(ctx: Context): InputArgs {
    return {
      value: (node) => this.node(node, ctx),
      values: (node) => this.values(node, ctx),
      range: (node) => (node.kind === 'ref' || node.kind === 'name' ? this.range(node, ctx) : null),
      constantAt: (key) => (this.book.cells.has(key) ? evaluateConstant(this.refNode(key)) : null),
    };
  }

  private constant(key: string, value: number | string | boolean | null): CarloNode {
    if (typeof value === 'number') return num(value);
    if (typeof value === 'boolean') return num(value ? 1 : 0);
    if (value === null) return num(0);
    throw new WorkbookError(
      `${key} holds the text "${value}", and a formula of the model uses it as a number. Put a number in ${key}.`,
      key,
      null,
    );
  }

  private circular(key: string): WorkbookError {
    const cycle = [...this.stack.slice(this.stack.indexOf(key)), key].join(' -> ');
    return new WorkbookError(
      `${key}: circular reference (${cycle}). A Monte Carlo model must compute each cell from cells before it; break the loop.`,
      key,
      null,
    );
  }

  private label(key: string): string {
    const sheet = key.slice(0, key.lastIndexOf('!'));
    const address = key.slice(key.lastIndexOf('!') + 1);
    return sheet === this.mainSheet ? address : `${sheet}_${address}`;
  }

  private record(cell: string, role: CellRole, name: string | null, carlo: string, notes: string[], excel?: string): void {
    const formula = this.book.cells.get(cell)?.formula;
    this.mappings.set(cell, { cell, role, name, excel: excel ?? (formula ? `=${formula}` : ''), carlo, notes });
  }
}

/** `=RiskOutput("Profit") + C5 - C6` is the formula `C5 - C6`, marked as an output elsewhere. */
function withoutRiskOutput(ast: ExcelNode): ExcelNode {
  return stripMarker(ast) ?? { kind: 'number', value: 0 };
}

/** Removes a RiskOutput() at the head (or the tail) of a chain of + and -; null when nothing else is left. */
function stripMarker(node: ExcelNode): ExcelNode | null {
  if (node.kind === 'call' && node.fn === 'RISKOUTPUT') return null;
  if (node.kind !== 'binary' || (node.op !== '+' && node.op !== '-')) return node;
  if (node.op === '+' && node.right.kind === 'call' && node.right.fn === 'RISKOUTPUT') return node.left;
  const left = stripMarker(node.left);
  if (left === null) return node.op === '+' ? node.right : { kind: 'negate', arg: node.right };
  return left === node.left ? node : { ...node, left };
}

function describeInput(spec: InputSpec): string {
  const { type, ...params } = spec.distribution;
  const list = Object.entries(params)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? `[${v.join(', ')}]` : String(v)}`);
  const extras = [
    spec.truncateMin !== null && spec.truncateMin !== undefined ? `truncateMin=${spec.truncateMin}` : null,
    spec.truncateMax !== null && spec.truncateMax !== undefined ? `truncateMax=${spec.truncateMax}` : null,
    spec.shift !== null && spec.shift !== undefined ? `shift=${spec.shift}` : null,
  ].filter((x) => x !== null);
  return `${type}(${[...list, ...extras].join(', ')})`;
}
