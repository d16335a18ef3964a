import { describe, expect, it } from 'vitest';
import { shapeDifferences } from './shape-compare.js';

describe('shapeDifferences', () => {
  it('reports missing fields, type changes and fields the fixture lacks', () => {
    const fixture = { id: 'x', amount: 1, nested: { a: 'b' }, list: [{ n: 1 }], maybe: { deep: 1 } };
    const actual = { id: 'y', amount: '1', nested: {}, list: [{ n: 'one' }], maybe: null, extra: true };
    expect(shapeDifferences(fixture, actual)).toEqual([
      '$.amount: fixture has number, emulator has string',
      '$.nested.a: missing',
      '$.list[].n: fixture has number, emulator has string',
      '$.extra: not in the fixture',
    ]);
  });

  it('accepts identical shapes and documented exceptions', () => {
    expect(shapeDifferences({ a: { b: 1 } }, { a: { c: 1 } }, '$', new Set(['$.a.b', '$.a.c']))).toEqual([]);
  });
});
