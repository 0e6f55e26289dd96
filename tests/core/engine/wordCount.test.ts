import { describe, expect, test } from 'vitest';
import { wordCount } from '../../../src/core/engine/wordCount';

// wordCount.ts: how long a clause or a quotation is, in words.

describe('word count', () => {
  test('words are counted between the offsets given', () => {
    expect(wordCount('He said "null and void" twice.', { start: 9, end: 22 })).toBe(3);
  });

  test('a whole string is counted when no span is given, white space of any kind and length between words', () => {
    expect(wordCount('  the minister\tsaid \n that  ')).toBe(4);
    expect(wordCount('')).toBe(0);
  });
});
