/**
 * A parser for the Excel formula grammar a risk model uses: numbers, strings, booleans, cell and
 * range references (with sheets and `$`), defined names, array constants, function calls and the
 * operators. Excel's precedence differs from Carlo's: unary minus binds tighter than `^`
 * (`-2^2` is 4) and `^` is left-associative, so the tree keeps Excel's meaning and the
 * translator prints it with Carlo's rules.
 */
import { type CellRef, parseCellRef } from './cell-address.js';

export type ExcelOp = '+' | '-' | '*' | '/' | '^' | '&' | '=' | '<>' | '<' | '>' | '<=' | '>=';

export type ExcelNode =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'missing' }
  | { kind: 'error'; text: string }
  | { kind: 'ref'; sheet: string | null; from: CellRef; to: CellRef | null }
  | { kind: 'name'; name: string }
  | { kind: 'array'; rows: number[][] }
  | { kind: 'negate'; arg: ExcelNode }
  | { kind: 'percent'; arg: ExcelNode }
  | { kind: 'binary'; op: ExcelOp; left: ExcelNode; right: ExcelNode }
  | { kind: 'call'; fn: string; args: ExcelNode[] };

export class ExcelSyntaxError extends Error {}

type Token =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'ref'; sheet: string | null; from: CellRef; to: CellRef | null }
  | { kind: 'word'; text: string; sheet: string | null }
  | { kind: 'error'; text: string }
  | { kind: 'op'; text: string }
  | { kind: 'end' };

const SHEET = "(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!";
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const REF = new RegExp(`^(?:${SHEET})?(${CELL})(?::(${CELL}))?(?![A-Za-z0-9_.(])`);
const WORD = new RegExp(String.raw`^(?:${SHEET})?([A-Za-z_\\][A-Za-z0-9_.]*)`);
const NUMBER = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/;
const ERROR = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)/;
const OPERATORS = ['<=', '>=', '<>', '+', '-', '*', '/', '^', '&', '=', '<', '>', '%', '(', ')', ',', ';', '{', '}'];
const PRECEDENCE: Record<string, number> = {
  '=': 1,
  '<>': 1,
  '<': 1,
  '>': 1,
  '<=': 1,
  '>=': 1,
  '&': 2,
  '+': 3,
  '-': 3,
  '*': 4,
  '/': 4,
  '^': 5,
};
const MAX_DEPTH = 64;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let rest = source.trim().replace(/^=/, '');
  while (rest.length > 0) {
    const space = /^\s+/.exec(rest);
    if (space) {
      rest = rest.slice(space[0].length);
      continue;
    }
    const [token, length] = nextToken(rest);
    tokens.push(token);
    rest = rest.slice(length);
  }
  tokens.push({ kind: 'end' });
  return tokens;
}

function nextToken(rest: string): [Token, number] {
  const number = NUMBER.exec(rest);
  if (number) return [{ kind: 'number', value: Number(number[0]) }, number[0].length];
  if (rest.startsWith('"')) {
    const match = /^"((?:[^"]|"")*)"/.exec(rest);
    if (!match) throw new ExcelSyntaxError('a string is not closed');
    return [{ kind: 'string', value: match[1].replaceAll('""', '"') }, match[0].length];
  }
  const error = ERROR.exec(rest);
  if (error) return [{ kind: 'error', text: error[0] }, error[0].length];
  const ref = REF.exec(rest);
  if (ref) {
    const sheet = ref[1]?.replaceAll("''", "'") ?? ref[2] ?? null;
    const from = parseCellRef(ref[3]);
    const to = ref[4] ? parseCellRef(ref[4]) : null;
    if (from && (ref[4] === undefined || to)) return [{ kind: 'ref', sheet, from, to }, ref[0].length];
  }
  const word = WORD.exec(rest);
  if (word) return [{ kind: 'word', text: word[3], sheet: word[1]?.replaceAll("''", "'") ?? word[2] ?? null }, word[0].length];
  const op = OPERATORS.find((o) => rest.startsWith(o));
  if (op === undefined) throw new ExcelSyntaxError(`unexpected character '${rest[0]}'`);
  return [{ kind: 'op', text: op }, op.length];
}

/** Parses a formula (with or without its leading `=`); throws ExcelSyntaxError. */
export function parseExcelFormula(source: string): ExcelNode {
  const tokens = tokenize(source);
  let index = 0;
  let depth = 0;
  const peek = (): Token => tokens[index];
  const isOp = (token: Token, text: string): boolean => token.kind === 'op' && token.text === text;
  const expect = (text: string): void => {
    if (!isOp(tokens[index++], text)) throw new ExcelSyntaxError(`expected '${text}'`);
  };

  function expression(minPrecedence: number): ExcelNode {
    if (++depth > MAX_DEPTH) throw new ExcelSyntaxError(`the formula nests deeper than ${MAX_DEPTH} levels`);
    let left = unary();
    for (;;) {
      const token = peek();
      const precedence = token.kind === 'op' ? PRECEDENCE[token.text] : undefined;
      if (token.kind !== 'op' || precedence === undefined || precedence < minPrecedence) break;
      index++;
      const right = expression(precedence + 1);
      left = { kind: 'binary', op: token.text as ExcelOp, left, right };
    }
    depth--;
    return left;
  }

  function unary(): ExcelNode {
    const token = peek();
    if (isOp(token, '-') || isOp(token, '+')) {
      index++;
      const arg = unary();
      return isOp(token, '-') ? { kind: 'negate', arg } : arg;
    }
    let node = primary();
    while (isOp(peek(), '%')) {
      index++;
      node = { kind: 'percent', arg: node };
    }
    return node;
  }

  function primary(): ExcelNode {
    const token = tokens[index++];
    switch (token.kind) {
      case 'number':
        return { kind: 'number', value: token.value };
      case 'string':
        return { kind: 'string', value: token.value };
      case 'error':
        return { kind: 'error', text: token.text };
      case 'ref':
        return { kind: 'ref', sheet: token.sheet, from: token.from, to: token.to };
      case 'word':
        return word(token.text, token.sheet);
      case 'end':
        throw new ExcelSyntaxError('the formula ends too early');
      case 'op':
        if (token.text === '(') {
          const inner = expression(0);
          expect(')');
          return inner;
        }
        if (token.text === '{') return array();
        throw new ExcelSyntaxError(`unexpected '${token.text}'`);
    }
  }

  function word(text: string, sheet: string | null): ExcelNode {
    if (isOp(peek(), '(')) {
      index++;
      return { kind: 'call', fn: text.replace(/^_(xll|xlfn|xlws)\./i, '').toUpperCase(), args: callArgs() };
    }
    const upper = text.toUpperCase();
    if (sheet === null && (upper === 'TRUE' || upper === 'FALSE')) return { kind: 'boolean', value: upper === 'TRUE' };
    return { kind: 'name', name: text };
  }

  function callArgs(): ExcelNode[] {
    const args: ExcelNode[] = [];
    if (isOp(peek(), ')')) {
      index++;
      return args;
    }
    for (;;) {
      const token = peek();
      args.push(isOp(token, ',') || isOp(token, ')') ? { kind: 'missing' } : expression(0));
      const separator = tokens[index++];
      if (isOp(separator, ')')) return args;
      if (!isOp(separator, ',')) throw new ExcelSyntaxError("expected ',' or ')' between arguments");
    }
  }

  function array(): ExcelNode {
    const rows: number[][] = [[]];
    for (;;) {
      const negative = isOp(peek(), '-');
      if (negative) index++;
      const sign = negative ? -1 : 1;
      const token = tokens[index++];
      if (token.kind !== 'number') throw new ExcelSyntaxError('array constants may hold only numbers');
      rows[rows.length - 1].push(sign * token.value);
      const separator = tokens[index++];
      if (isOp(separator, '}')) return { kind: 'array', rows };
      if (isOp(separator, ';')) rows.push([]);
      else if (!isOp(separator, ',')) throw new ExcelSyntaxError("expected ',', ';' or '}' in an array constant");
    }
  }

  const root = expression(0);
  if (peek().kind !== 'end') throw new ExcelSyntaxError('unexpected text after the end of the formula');
  return root;
}
