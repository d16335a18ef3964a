import type { ModelSpec } from '../src/domain/simulation/engine/index.js';

/** Models of very different work per iteration, for pricing: what a credit buys in CPU time. */
export type PricingCase = { name: string; build: (iterations: number) => ModelSpec };

const normal = (name: string) => ({ name, distribution: { type: 'NORMAL' as const, mean: 10, sd: 2 } });
const sumOf = (names: string[]) => names.join('+');
/** 4,500 terms in groups of 100: as long as the formula length allows (chains stop at 512 operations in a row). */
const longSum = (): string => Array.from({ length: 45 }, () => `(${sumOf(Array(100).fill('x'))})`).join('+');

export const pricingCases: PricingCase[] = [
  { name: 'cheap: 1 input, y = x', build: (n) => ({ iterations: n, inputs: [normal('x')], outputs: [{ name: 'y', formula: 'x' }] }) },
  {
    name: 'simple: 2 inputs, y = a * b - 3',
    build: (n) => ({ iterations: n, inputs: [normal('a'), normal('b')], outputs: [{ name: 'y', formula: 'a * b - 3' }] }),
  },
  {
    name: '100 inputs, 1 output summing them',
    build: (n) => {
      const names = Array.from({ length: 100 }, (_, i) => `x${i}`);
      return { iterations: n, inputs: names.map(normal), outputs: [{ name: 'y', formula: sumOf(names) }] };
    },
  },
  {
    name: '20 outputs, 1 input, y_i = x * i',
    build: (n) => ({
      iterations: n,
      inputs: [normal('x')],
      outputs: Array.from({ length: 20 }, (_, i) => ({ name: `y${i}`, formula: `x * ${i + 1}` })),
    }),
  },
  {
    name: '1 output of a 4,500-term formula',
    build: (n) => ({ iterations: n, inputs: [normal('x')], outputs: [{ name: 'y', formula: longSum() }] }),
  },
  {
    name: '20 outputs of 4,500-term formulas',
    build: (n) => ({
      iterations: n,
      inputs: [normal('x')],
      outputs: Array.from({ length: 20 }, (_, i) => ({ name: `y${i}`, formula: longSum() })),
    }),
  },
];
