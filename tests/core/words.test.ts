import { describe, expect, test } from 'vitest';
import { snapToWords } from '../../src/core/words';

const TEXT = 'Putin met with Kazakh President Kassym-Jomart Tokayev on the same day in Moscow.';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });
const text = ({ start, end }: { start: number; end: number }) => TEXT.slice(start, end);

describe('a selection snaps to whole words', () => {
  test('a selection that cuts a hyphenated name takes all of it', () => {
    const { start, end } = at('Kazakh President Kassy');
    expect(text(snapToWords(TEXT, start, end))).toBe('Kazakh President Kassym-Jomart');
  });

  test('a selection that starts inside a word takes the word from its start', () => {
    const { start, end } = at('zakh President');
    expect(text(snapToWords(TEXT, start, end))).toBe('Kazakh President');
  });

  test('whole words and the stop after them stay as they are', () => {
    const { start, end } = at('in Moscow.');
    expect(text(snapToWords(TEXT, start, end))).toBe('in Moscow.');
  });

  test('offsets outside the text are kept inside it', () => {
    expect(snapToWords(TEXT, -5, 5)).toEqual({ start: 0, end: 5 });
    expect(snapToWords(TEXT, TEXT.length - 3, TEXT.length + 10)).toEqual({ start: TEXT.length - 7, end: TEXT.length });
  });
});
