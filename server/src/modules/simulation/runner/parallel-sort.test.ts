import { describe, expect, it } from 'vitest';
import { parallelSort, partitionAroundMedian, SORT_BUCKET } from './parallel-sort.js';

describe('parallel sort', () => {
  it('sorts exactly like Float64Array.prototype.sort, with ties, signed zeros and NaN', async () => {
    const n = 3 * SORT_BUCKET + 12_345;
    const buffer = new SharedArrayBuffer(n * 8);
    const a = new Float64Array(buffer);
    for (let i = 0; i < n; i++) a[i] = i % 7 === 0 ? Math.floor(Math.sin(i) * 3) : i % 101 === 0 ? -0 : i % 997 === 0 ? Number.NaN : Math.sin(i * 12.9898) * 1e6;
    const expected = a.slice().sort();
    let partitions = 0;
    await parallelSort(n, {
      partition: async (from, to) => { partitions++; return partitionAroundMedian(a, from, to); },
      sort: async (from, to) => { a.subarray(from, to).sort(); },
    });
    expect(partitions).toBeGreaterThan(2);
    expect(Object.is(a[0], expected[0])).toBe(true);
    for (let i = 0; i < n; i++) if (!Object.is(a[i], expected[i])) throw new Error(`differs at ${i}: ${a[i]} vs ${expected[i]}`);
  });
});
