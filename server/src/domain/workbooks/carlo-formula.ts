/**
 * Trees in Carlo's formula language (engine README), built by the translator and printed with
 * as few parentheses as Carlo's precedence allows, so deep spreadsheets stay within the
 * engine's nesting limit. Constant subtrees are also evaluated here, for distribution parameters.
 */
export type CarloOp = '+' | '-' | '*' | '/' | '^' | '<' | '<=' | '>' | '>=' | '==' | '!=';
export type CarloFn = 'if' | 'min' | 'max' | 'abs' | 'exp' | 'log' | 'sqrt' | 'pow' | 'round';

export type CarloNode =
  | { kind: 'number'; value: number }
  | { kind: 'name'; name: string }
  | { kind: 'negate'; arg: CarloNode }
  | { kind: 'binary'; op: CarloOp; left: CarloNode; right: CarloNode }
  | { kind: 'call'; fn: CarloFn; args: CarloNode[] };

const PRECEDENCE: Record<CarloOp, number> = { '<': 1, '<=': 1, '>': 1, '>=': 1, '==': 1, '!=': 1, '+': 2, '-': 2, '*': 3, '/': 3, '^': 5 };
const UNARY = 4;
const ATOM = 10;

export const num = (value: number): CarloNode => ({ kind: 'number', value });
export const bin = (op: CarloOp, left: CarloNode, right: CarloNode): CarloNode => ({ kind: 'binary', op, left, right });
export const call = (fn: CarloFn, ...args: CarloNode[]): CarloNode => ({ kind: 'call', fn, args });

/** Left-to-right chain of one operator, as Excel's SUM and PRODUCT fold their arguments. */
export function chain(op: CarloOp, nodes: CarloNode[], empty: number): CarloNode {
  const [first, ...rest] = nodes;
  return first === undefined ? num(empty) : rest.reduce((acc, node) => bin(op, acc, node), first);
}

function precedenceOf(node: CarloNode): number {
  if (node.kind === 'binary') return PRECEDENCE[node.op];
  if (node.kind === 'negate' || (node.kind === 'number' && (node.value < 0 || Object.is(node.value, -0)))) return UNARY;
  return ATOM;
}

export function printFormula(node: CarloNode, minPrecedence = 0): string {
  const text = printBare(node);
  return precedenceOf(node) < minPrecedence ? `(${text})` : text;
}

function printBare(node: CarloNode): string {
  switch (node.kind) {
    case 'number':
      return node.value < 0 || Object.is(node.value, -0) ? `-${printNumber(-node.value)}` : printNumber(node.value);
    case 'name':
      return node.name;
    case 'negate':
      return `-${printFormula(node.arg, PRECEDENCE['^'])}`;
    case 'call':
      return `${node.fn}(${node.args.map((arg) => printFormula(arg)).join(', ')})`;
    case 'binary': {
      const p = PRECEDENCE[node.op];
      // Carlo's ^ is right-associative and the others left-associative.
      const [left, right] = node.op === '^' ? [p + 1, p] : [p, p + 1];
      return `${printFormula(node.left, left)} ${node.op} ${printFormula(node.right, right)}`;
    }
  }
}

function printNumber(value: number): string {
  // The formula language reads 1e21 but not 1e+21.
  return String(value).replace('e+', 'e');
}

/** The value of a tree without names, with the engine's semantics; null if it uses a name. */
export function evaluateConstant(node: CarloNode): number | null {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'name':
      return null;
    case 'negate': {
      const v = evaluateConstant(node.arg);
      return v === null ? null : -v;
    }
    case 'binary': {
      const a = evaluateConstant(node.left),
        b = evaluateConstant(node.right);
      return a === null || b === null ? null : applyBinary(node.op, a, b);
    }
    case 'call': {
      const args = node.args.map(evaluateConstant);
      if (args.some((v) => v === null)) return null;
      return applyCall(node.fn, args as number[]);
    }
  }
}

function applyBinary(op: CarloOp, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '^':
      return a ** b;
    case '<':
      return a < b ? 1 : 0;
    case '<=':
      return a <= b ? 1 : 0;
    case '>':
      return a > b ? 1 : 0;
    case '>=':
      return a >= b ? 1 : 0;
    case '==':
      return a === b ? 1 : 0;
    case '!=':
      return a !== b ? 1 : 0;
  }
}

function applyCall(fn: CarloFn, v: number[]): number {
  switch (fn) {
    case 'if':
      return v[0] ? v[1] : v[2];
    case 'min':
      return Math.min(...v);
    case 'max':
      return Math.max(...v);
    case 'abs':
      return Math.abs(v[0]);
    case 'exp':
      return Math.exp(v[0]);
    case 'log':
      return Math.log(v[0]);
    case 'sqrt':
      return Math.sqrt(v[0]);
    case 'pow':
      return v[0] ** v[1];
    case 'round': {
      const f = 10 ** Math.trunc(v[1]);
      return (Math.sign(v[0]) * Math.round(Math.abs(v[0]) * f)) / f;
    }
  }
}
