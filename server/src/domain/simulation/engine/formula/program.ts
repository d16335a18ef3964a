/**
 * Compiles formula syntax trees to a register program of column kernels: every instruction
 * runs one tight loop over a chunk's Float64Array columns, which is far faster in V8 than
 * calling a closure per iteration. Registers 0..k-1 hold the inputs, the next ones the
 * outputs, then constants and temporaries; temporaries are recycled so a formula needs
 * about as many as its tree is deep.
 */
import type { BinaryOp, FormulaNode, FunctionName } from './parser.js';

export type OpCode = BinaryOp | 'neg' | 'copy' | FunctionName;
export type Instruction = { op: OpCode; dst: number; a: number; b: number; c: number };
export type Program = {
  instructions: Instruction[];
  registerCount: number;
  constants: { register: number; value: number }[];
};

export const MAX_SCRATCH_REGISTERS = 64;

export class NameError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

/** Scalar semantics shared by constant folding and (conceptually) the kernels. */
export function applyScalar(op: OpCode, a: number, b: number, c: number): number {
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
    case 'pow':
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
    case 'neg':
      return -a;
    case 'copy':
      return a;
    case 'if':
      return a ? b : c;
    case 'min':
      return Math.min(a, b);
    case 'max':
      return Math.max(a, b);
    case 'abs':
      return Math.abs(a);
    case 'exp':
      return Math.exp(a);
    case 'log':
      return Math.log(a);
    case 'sqrt':
      return Math.sqrt(a);
    case 'round':
      return roundHalfAway(a, b);
  }
}

/**
 * Spreadsheet ROUND: to `digits` decimals (negative digits round left of the point, fractional
 * digits are truncated), halves away from zero. It works on binary doubles, so a value such as
 * 1.005, stored just below the half, rounds down where Excel's decimal correction rounds up.
 */
export function roundHalfAway(x: number, digits: number): number {
  const factor = 10 ** Math.trunc(digits);
  return (Math.sign(x) * Math.round(Math.abs(x) * factor)) / factor;
}

export class ProgramBuilder {
  readonly instructions: Instruction[] = [];
  /** Keyed by constantKey, not by number: a Map treats -0 and 0 as one key, and they differ in division. */
  private readonly constants = new Map<string, { value: number; register: number }>();
  private readonly free: number[] = [];
  private nextRegister: number;
  private readonly names = new Map<string, number>();

  constructor(private readonly firstScratch: number) {
    this.nextRegister = firstScratch;
  }

  /** Makes a name (input or finished output) visible to later formulas. */
  define(name: string, register: number): void {
    this.names.set(name, register);
  }

  /** Emits the instructions computing `node` into register `target`. */
  compileInto(node: FormulaNode, target: number): void {
    const folded = fold(node);
    if (folded.kind === 'number' || folded.kind === 'name') {
      this.emit('copy', target, this.operand(folded), 0, 0);
      return;
    }
    this.compile(folded, target);
  }

  build(): Program {
    const constants = [...this.constants.values()];
    return { instructions: this.instructions, registerCount: this.nextRegister, constants };
  }

  private operand(node: FormulaNode): number {
    if (node.kind === 'number') {
      const existing = this.constants.get(constantKey(node.value));
      if (existing !== undefined) return existing.register;
      // Constants are filled once before the program runs, so they never reuse a temporary.
      const register = this.allocate(node.pos, false);
      this.constants.set(constantKey(node.value), { value: node.value, register });
      return register;
    }
    if (node.kind === 'name') {
      const register = this.names.get(node.name);
      if (register === undefined) throw new NameError(`Unknown name ${node.name}: use an input or an earlier output`, node.pos);
      return register;
    }
    return this.compile(node, null);
  }

  private compile(node: FormulaNode, target: number | null): number {
    let op: OpCode;
    let operands: FormulaNode[];
    if (node.kind === 'negate') {
      op = 'neg';
      operands = [node.arg];
    } else if (node.kind === 'binary') {
      op = node.op;
      operands = [node.left, node.right];
    } else if (node.kind === 'call') {
      op = node.fn;
      operands = node.args;
    } else return this.operand(node);
    if ((op === 'min' || op === 'max') && operands.length > 2) {
      // Variadic min/max is a chain of binary ones.
      const [first, ...rest] = operands;
      let acc = this.operand(first);
      rest.forEach((arg, i) => {
        const b = this.operand(arg);
        this.release(acc);
        this.release(b);
        const dst = i === rest.length - 1 && target !== null ? target : this.allocate(node.pos);
        this.emit(op, dst, acc, b, 0);
        acc = dst;
      });
      return acc;
    }
    const regs = operands.map((arg) => this.operand(arg));
    regs.forEach((r) => this.release(r));
    const dst = target ?? this.allocate(node.pos);
    this.emit(op, dst, regs[0], regs[1] ?? 0, regs[2] ?? 0);
    return dst;
  }

  private emit(op: OpCode, dst: number, a: number, b: number, c: number): void {
    this.instructions.push({ op, dst, a, b, c });
  }

  private allocate(pos: number, reuse = true): number {
    const reused = reuse ? this.free.pop() : undefined;
    if (reused !== undefined) return reused;
    if (this.nextRegister - this.firstScratch >= MAX_SCRATCH_REGISTERS) {
      throw new NameError(`The formulas need more than ${MAX_SCRATCH_REGISTERS} constants and intermediate values; simplify them`, pos);
    }
    return this.nextRegister++;
  }

  /** Returns a temporary to the pool; inputs, outputs and constants are never released. */
  private release(register: number): void {
    const isConstant = [...this.constants.values()].some((constant) => constant.register === register);
    if (register >= this.firstScratch && !isConstant && !this.free.includes(register)) this.free.push(register);
  }
}

/** Folds operations whose operands are all numbers. */
function fold(node: FormulaNode): FormulaNode {
  if (node.kind === 'number' || node.kind === 'name') return node;
  const args = node.kind === 'negate' ? [node.arg] : node.kind === 'binary' ? [node.left, node.right] : node.args;
  const folded = args.map(fold);
  const op: OpCode = node.kind === 'negate' ? 'neg' : node.kind === 'binary' ? node.op : node.fn;
  if (folded.every((a) => a.kind === 'number') && !((op === 'min' || op === 'max') && folded.length > 2)) {
    const v = folded.map((a) => (a.kind === 'number' ? a.value : 0));
    return { kind: 'number', value: applyScalar(op, v[0], v[1] ?? 0, v[2] ?? 0), pos: node.pos };
  }
  if (node.kind === 'negate') return { ...node, arg: folded[0] };
  if (node.kind === 'binary') return { ...node, left: folded[0], right: folded[1] };
  return { ...node, args: folded };
}

function constantKey(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}
