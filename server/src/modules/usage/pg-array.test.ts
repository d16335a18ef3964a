import { describe, expect, it } from 'vitest';
import { pgArray } from './pg-array.js';

describe('pgArray', () => {
  it('quotes every element and escapes quotes and backslashes', () => {
    expect(pgArray(['a', 'b"c', 'd\\e', null, 3])).toBe('{"a","b\\"c","d\\\\e",NULL,"3"}');
    expect(pgArray([])).toBe('{}');
  });
});
