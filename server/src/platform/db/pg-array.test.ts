import { describe, expect, it } from 'vitest';
import { pgArray } from './pg-array.js';

describe('pgArray', () => {
  it('quotes every string, escapes quotes and backslashes, and leaves numbers bare', () => {
    expect(pgArray(['a', 'b"c', 'd\\e', null, 3])).toBe('{"a","b\\"c","d\\\\e",NULL,3}');
    expect(pgArray(['{x,y}', ' ', 'NULL'])).toBe('{"{x,y}"," ","NULL"}');
    expect(pgArray([])).toBe('{}');
  });
});
