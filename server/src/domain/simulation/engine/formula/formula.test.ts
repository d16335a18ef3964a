import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileModel } from '../compile-model.js';
import { ModelValidationError } from '../errors.js';
import { simulateAll, TEST_LIMITS } from '../test-support.js';
import type { ModelSpec } from '../types.js';

function evaluate(formula: string, a = 2, b = -3): number {
  const spec: ModelSpec = {
    iterations: 1,
    seed: 1,
    inputs: [
      { name: 'a', distribution: { type: 'DISCRETE', values: [a], probabilities: [1] } },
      { name: 'b', distribution: { type: 'DISCRETE', values: [b], probabilities: [1] } },
    ],
    outputs: [
      { name: 'first', formula: 'a + b' },
      { name: 'y', formula },
    ],
  };
  return simulateAll(compileModel(spec, TEST_LIMITS), 1).outputs[1][0];
}

function validationError(formula: string): ModelValidationError {
  try {
    evaluate(formula);
  } catch (error) {
    if (error instanceof ModelValidationError) return error;
    throw error;
  }
  throw new Error(`${formula} was accepted`);
}

describe('formula language', () => {
  it('rounds like a spreadsheet: halves away from zero, digits truncated, negative digits left of the point', () => {
    expect(evaluate('round(a * 1.25, 1)', 2)).toBe(2.5);
    expect(evaluate('round(a + 0.5, 0)', 2)).toBe(3);
    expect(evaluate('round(b - 0.5, 0)')).toBe(-4);
    expect(evaluate('round(a * 617, -2)', 2)).toBe(1200);
    expect(evaluate('round(a / 3, 2.9)', 2)).toBe(0.67);
    expect(evaluate('round(b / 3, 1 + 1)')).toBe(-1);
  });

  it('follows the usual precedence and associativity', () => {
    expect(evaluate('1 + 2 * 3')).toBe(7);
    expect(evaluate('2 ^ 3 ^ 2')).toBe(512);
    expect(evaluate('-2 ^ 2')).toBe(-4);
    expect(evaluate('2 ^ -1')).toBe(0.5);
    expect(evaluate('10 - 4 - 3')).toBe(3);
    expect(evaluate('8 / 4 / 2')).toBe(1);
    expect(evaluate('(1 + 2) * 3')).toBe(9);
    expect(evaluate('1 + 2 < 4')).toBe(1);
  });

  it('evaluates inputs, earlier outputs, comparisons and every function', () => {
    expect(evaluate('a * b + first')).toBe(-7);
    expect(evaluate('if(a > b, a, b)')).toBe(2);
    expect(evaluate('if(a == b, 1, 0) + (a != b) + (a <= 2) + (a >= 3)')).toBe(2);
    expect(evaluate('min(a, b, 0) + max(a, b)')).toBe(-1);
    expect(evaluate('abs(b) + sqrt(16) + pow(a, 3) + exp(0) + log(1)')).toBe(16);
    expect(evaluate('1e3 + .5 + 2.5E-1')).toBe(1000.75);
  });

  it('reports syntax errors with their position', () => {
    const error = validationError('a + * b');
    expect(error.field).toBe('outputs[1].formula');
    expect(error.position).toBe(4);
    expect(error.message).toMatch(/position 4/);
    expect(validationError('(a + b').message).toMatch(/Expected '\)'/);
    expect(validationError('a $ b').position).toBe(2);
    expect(validationError('sin(a)').message).toMatch(/Unknown function sin/);
    expect(validationError('pow(a)').message).toMatch(/pow takes 2/);
  });

  it('refuses unknown names and later outputs, naming the position', () => {
    expect(validationError('a + c').position).toBe(4);
    expect(validationError('y + 1').message).toMatch(/Unknown name y/);
  });

  it('refuses nesting deeper than the limit', () => {
    expect(validationError(`${'('.repeat(40)}a${')'.repeat(40)}`).message).toMatch(/Nesting deeper/);
    expect(evaluate(`${'('.repeat(20)}a${')'.repeat(20)}`)).toBe(2);
    expect(evaluate(Array.from({ length: 500 }, () => 'a').join(' + '))).toBe(1000);
  });

  it('never throws anything but ModelValidationError for arbitrary text', () => {
    const alphabet = fc.constantFrom(...'ab01.+-*/^()<>=!, eifmnxplogsqrt'.split(''), 'if(', 'min(', 'a', 'b', '1e5');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')),
        (formula) => {
          try {
            const y = evaluate(formula);
            expect(typeof y).toBe('number');
          } catch (error) {
            expect(error).toBeInstanceOf(ModelValidationError);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps the sign of zero when constants fold to -0 (found by the property below)', () => {
    expect(Object.is(evaluate('(max(0, 0) / (0 - 1))'), -0)).toBe(true);
    expect(Object.is(evaluate('0 * -1 + 0 * 1'), 0)).toBe(true);
  });

  it('evaluates generated well-formed formulas exactly like a reference interpreter', () => {
    type Expr = { text: string; value: number };
    const leaf = fc.oneof(
      fc.constant({ text: 'a', value: 2 }),
      fc.constant({ text: 'b', value: -3 }),
      fc.integer({ min: 0, max: 9 }).map((n) => ({ text: String(n), value: n })),
    );
    const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
      expr: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(tie('expr'), fc.constantFrom('+', '-', '*', '/'), tie('expr')).map(([l, op, r]) => ({
          text: `(${l.text} ${op} ${r.text})`,
          value: op === '+' ? l.value + r.value : op === '-' ? l.value - r.value : op === '*' ? l.value * r.value : l.value / r.value,
        })),
        fc.tuple(tie('expr'), tie('expr')).map(([l, r]) => ({ text: `max(${l.text}, ${r.text})`, value: Math.max(l.value, r.value) })),
      ),
    }));
    fc.assert(
      fc.property(expr, (e) => {
        expect(Object.is(evaluate(e.text), e.value) || (Number.isNaN(e.value) && Number.isNaN(evaluate(e.text)))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
