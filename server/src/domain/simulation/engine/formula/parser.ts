/**
 * The output formula language: a tiny hand-written Pratt parser. Grammar, loosest first:
 * comparisons (< <= > >= == !=, giving 1 or 0), + -, * /, unary minus, ^ (right
 * associative, so -a^2 = -(a^2)), then numbers, names, calls and parentheses.
 */

export const FUNCTIONS = { if: 3, min: -2, max: -2, abs: 1, exp: 1, log: 1, sqrt: 1, pow: 2, round: 2 } as const;
export type FunctionName = keyof typeof FUNCTIONS;
export type BinaryOp = '+' | '-' | '*' | '/' | '^' | '<' | '<=' | '>' | '>=' | '==' | '!=';

export type FormulaNode =
  | { kind: 'number'; value: number; pos: number }
  | { kind: 'name'; name: string; pos: number }
  | { kind: 'negate'; arg: FormulaNode; pos: number }
  | { kind: 'binary'; op: BinaryOp; left: FormulaNode; right: FormulaNode; pos: number }
  | { kind: 'call'; fn: FunctionName; args: FormulaNode[]; pos: number };

export const MAX_FORMULA_LENGTH = 10_000;
export const MAX_NESTING = 32;
/**
 * The compiler walks the tree recursively, so its height is bounded, not only the nesting: a flat
 * chain `a + a + … + a` parses without recursion into a left-deep tree as tall as it is long.
 */
export const MAX_TREE_HEIGHT = 512;

export class FormulaSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

type Token = { kind: 'number' | 'name' | 'op' | 'end'; text: string; pos: number };

const PRECEDENCE: Record<string, number> = {
  '<': 1,
  '<=': 1,
  '>': 1,
  '>=': 1,
  '==': 1,
  '!=': 1,
  '+': 2,
  '-': 2,
  '*': 3,
  '/': 3,
  '^': 5,
};
const UNARY_PRECEDENCE = 4;
const OPERATORS = ['<=', '>=', '==', '!=', '<', '>', '+', '-', '*', '/', '^', '(', ')', ','];
const NUMBER = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < source.length) {
    const rest = source.slice(pos);
    const space = /^\s+/.exec(rest);
    if (space) {
      pos += space[0].length;
      continue;
    }
    const number = NUMBER.exec(rest);
    const name = number ? null : NAME.exec(rest);
    const op = number || name ? undefined : OPERATORS.find((o) => rest.startsWith(o));
    const text = number?.[0] ?? name?.[0] ?? op;
    if (text === undefined) throw new FormulaSyntaxError(`Unexpected character '${rest[0]}'`, pos);
    tokens.push({ kind: number ? 'number' : name ? 'name' : 'op', text, pos });
    pos += text.length;
  }
  tokens.push({ kind: 'end', text: 'end of formula', pos });
  return tokens;
}

export function parseFormula(source: string): FormulaNode {
  if (source.length > MAX_FORMULA_LENGTH) {
    throw new FormulaSyntaxError(`The formula is longer than ${MAX_FORMULA_LENGTH} characters`, MAX_FORMULA_LENGTH);
  }
  const tokens = tokenize(source);
  let index = 0;
  let depth = 0;
  const peek = (): Token => tokens[index];
  const next = (): Token => tokens[index++];
  const expect = (text: string): void => {
    const t = next();
    if (t.kind !== 'op' || t.text !== text) {
      throw new FormulaSyntaxError(`Expected '${text}' but found '${t.text}'`, t.pos);
    }
  };
  const enter = (pos: number): void => {
    if (++depth > MAX_NESTING) throw new FormulaSyntaxError(`Nesting deeper than ${MAX_NESTING} levels`, pos);
  };

  function expression(minPrecedence: number): FormulaNode {
    let left = unary();
    for (;;) {
      const t = peek();
      const prec = t.kind === 'op' ? PRECEDENCE[t.text] : undefined;
      if (prec === undefined || prec < minPrecedence) return left;
      next();
      enter(t.pos);
      const right = expression(t.text === '^' ? prec : prec + 1);
      depth--;
      left = { kind: 'binary', op: t.text as BinaryOp, left, right, pos: t.pos };
    }
  }

  function unary(): FormulaNode {
    const t = peek();
    if (t.kind === 'op' && (t.text === '-' || t.text === '+')) {
      next();
      enter(t.pos);
      const arg = expression(UNARY_PRECEDENCE + 1);
      depth--;
      return t.text === '-' ? { kind: 'negate', arg, pos: t.pos } : arg;
    }
    return primary();
  }

  function primary(): FormulaNode {
    const t = next();
    if (t.kind === 'number') {
      const value = Number(t.text);
      if (!Number.isFinite(value)) throw new FormulaSyntaxError(`Number ${t.text} is too large`, t.pos);
      return { kind: 'number', value, pos: t.pos };
    }
    if (t.kind === 'name') return peek().text === '(' ? call(t) : { kind: 'name', name: t.text, pos: t.pos };
    if (t.text === '(') {
      enter(t.pos);
      const inner = expression(0);
      expect(')');
      depth--;
      return inner;
    }
    throw new FormulaSyntaxError(t.kind === 'end' ? 'The formula ends too early' : `Unexpected '${t.text}'`, t.pos);
  }

  function call(name: Token): FormulaNode {
    if (!Object.hasOwn(FUNCTIONS, name.text)) {
      throw new FormulaSyntaxError(`Unknown function ${name.text}; use ${Object.keys(FUNCTIONS).join(', ')}`, name.pos);
    }
    const fn = name.text as FunctionName;
    next();
    enter(name.pos);
    const args: FormulaNode[] = [];
    if (peek().text !== ')') {
      args.push(expression(0));
      while (peek().text === ',') {
        next();
        args.push(expression(0));
      }
    }
    expect(')');
    depth--;
    const arity: number = FUNCTIONS[fn];
    if (arity > 0 ? args.length !== arity : args.length < -arity) {
      const wanted = arity > 0 ? `${arity}` : `at least ${-arity}`;
      throw new FormulaSyntaxError(`${fn} takes ${wanted} argument(s), got ${args.length}`, name.pos);
    }
    return { kind: 'call', fn, args, pos: name.pos };
  }

  const root = expression(0);
  const end = peek();
  if (end.kind !== 'end') throw new FormulaSyntaxError(`Unexpected '${end.text}'`, end.pos);
  checkHeight(root);
  return root;
}

/** Walks the tree with an explicit stack (no recursion, so any height is measured safely). */
function checkHeight(root: FormulaNode): void {
  const stack: { node: FormulaNode; height: number }[] = [{ node: root, height: 1 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, height } = item;
    if (height > MAX_TREE_HEIGHT) {
      throw new FormulaSyntaxError(
        `The formula chains more than ${MAX_TREE_HEIGHT} operations in a row; group terms in balanced parentheses, e.g. (a + b) + (c + d), or split it into several outputs`,
        node.pos,
      );
    }
    const children =
      node.kind === 'binary' ? [node.left, node.right] : node.kind === 'negate' ? [node.arg] : node.kind === 'call' ? node.args : [];
    for (const child of children) stack.push({ node: child, height: height + 1 });
  }
}
