/**
 * Excel's worksheet functions that have an exact counterpart in Carlo's formula language. Ranges
 * are expanded to their non-empty numeric cells, as SUM, PRODUCT, MIN, MAX and AVERAGE skip
 * blanks; the logical functions become arithmetic on comparisons, which keeps them flat.
 */
import { type CarloNode, bin, call, chain, num } from './carlo-formula.js';
import type { ExcelNode } from './excel-formula.js';
import { FunctionError } from './workbook-errors.js';

/** What a function needs from the translator: one argument as a value, or a range argument's cells. */
export type ArgTranslator = {
  value(node: ExcelNode): CarloNode;
  values(node: ExcelNode): CarloNode[];
};

/** The Excel functions mapped here, for the coverage table and for error messages. */
export const EXCEL_FUNCTIONS = [
  'SUM',
  'PRODUCT',
  'MIN',
  'MAX',
  'AVERAGE',
  'IF',
  'AND',
  'OR',
  'NOT',
  'ABS',
  'EXP',
  'LN',
  'LOG10',
  'LOG',
  'SQRT',
  'POWER',
  'ROUND',
  'PI',
] as const;

const LN10 = call('log', num(10));

export function translateExcelCall(fn: string, args: ExcelNode[], t: ArgTranslator): CarloNode {
  const arity = (min: number, max: number): void => {
    if (args.length < min || args.length > max) {
      const wanted = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
      throw new FunctionError(`${fn} takes ${wanted} argument(s), got ${args.length}.`, fn);
    }
  };
  const spread = (): CarloNode[] => args.flatMap((arg) => t.values(arg));
  const one = (i: number): CarloNode => t.value(args[i]);
  switch (fn) {
    case 'SUM':
      arity(1, Infinity);
      return chain('+', spread(), 0);
    case 'PRODUCT':
      arity(1, Infinity);
      return chain('*', spread(), 0);
    case 'MIN':
    case 'MAX': {
      arity(1, Infinity);
      const values = spread();
      if (values.length === 0) return num(0);
      return values.length === 1 ? values[0] : call(fn === 'MIN' ? 'min' : 'max', ...values);
    }
    case 'AVERAGE': {
      arity(1, Infinity);
      const values = spread();
      if (values.length === 0)
        throw new FunctionError('AVERAGE has no numbers to average (Excel answers #DIV/0!); point it at cells that hold numbers.', fn);
      return values.length === 1 ? values[0] : bin('/', chain('+', values, 0), num(values.length));
    }
    case 'IF':
      arity(2, 3);
      return call('if', one(0), one(1), args.length === 3 && args[2].kind !== 'missing' ? one(2) : num(0));
    case 'AND':
      arity(1, Infinity);
      return chain('*', spread().map(truth), 1);
    case 'OR':
      arity(1, Infinity);
      return bin('>', chain('+', spread().map(truth), 0), num(0));
    case 'NOT':
      arity(1, 1);
      return bin('==', one(0), num(0));
    case 'ABS':
      arity(1, 1);
      return call('abs', one(0));
    case 'EXP':
      arity(1, 1);
      return call('exp', one(0));
    case 'LN':
      arity(1, 1);
      return call('log', one(0));
    case 'LOG10':
      arity(1, 1);
      return bin('/', call('log', one(0)), LN10);
    case 'LOG':
      arity(1, 2);
      return bin('/', call('log', one(0)), args.length === 2 ? call('log', one(1)) : LN10);
    case 'SQRT':
      arity(1, 1);
      return call('sqrt', one(0));
    case 'POWER':
      arity(2, 2);
      return call('pow', one(0), one(1));
    case 'ROUND':
      arity(2, 2);
      return call('round', one(0), one(1));
    case 'PI':
      arity(0, 0);
      return num(Math.PI);
    default:
      throw new FunctionError(
        `${fn} is not supported. Carlo maps ${EXCEL_FUNCTIONS.join(', ')} and the @RISK distributions; compute ${fn} in another way with these, or replace the cell by its value.`,
        fn,
      );
  }
}

/** 1 where Excel would read TRUE (any non-zero number), 0 otherwise. */
function truth(node: CarloNode): CarloNode {
  return bin('!=', node, num(0));
}
