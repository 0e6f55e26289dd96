import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { afterSentenceEnd, endsInColon, nameWordBefore, spaceRunStart, stretchStart, wordEndingAt } from '../../../src/core/engine/textBefore';

// textBefore.ts reads a bounded stretch before a position where the engine asked a pattern anchored at the end of the
// paragraph's whole beginning. Each must answer as that pattern does, for every text and position: here against the
// pattern itself, on texts of the characters the patterns tell apart (capitals, lower case, a combining mark, an astral
// capital and lower-case letter, lone surrogates, sentence marks, quotation marks, spaces), long enough to pass the
// 64-unit stretches.

const UNITS = ['a', 'b', 'T', 'K', 'é', '\u0301', '𝐀', '𝐚', '\ud835', '\udc00', '.', '!', '?', ':', '"', '”', '’', "'", '-', ' ', ' ', '\n', '\u00a0', '1'];
const textAndPosition = fc
  .array(
    fc.constantFrom(
      ...UNITS,
      '.”  \n ',
      ' \n\u00a0 ',
      'Ka ',
      'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      'Taaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ',
      `xT${'a'.repeat(62)} `,
    ),
    {
      maxLength: 60,
    },
  )
  .chain((parts) => {
    const text = parts.join('');
    return fc.tuple(fc.constant(text), fc.integer({ min: 0, max: text.length }));
  });

describe('the same answer as the anchored pattern on the whole beginning', () => {
  test('afterSentenceEnd', () => {
    fc.assert(
      fc.property(textAndPosition, ([text, at]) => {
        expect(afterSentenceEnd(text, at)).toBe(/(?:^|[.!?]["”’]?\s+)$/u.test(text.slice(0, at)));
      }),
      { numRuns: 2000 },
    );
  });

  test('endsInColon', () => {
    fc.assert(
      fc.property(textAndPosition, ([text]) => {
        expect(endsInColon(text)).toBe(/:\s*$/u.test(text));
      }),
      { numRuns: 2000 },
    );
    expect(endsInColon('Zeinobia commented: \n')).toBe(true);
    expect(endsInColon('Zeinobia commented: it is.')).toBe(false);
  });

  test('wordEndingAt', () => {
    fc.assert(
      fc.property(textAndPosition, ([text, end]) => {
        expect(wordEndingAt(text, end)).toBe(/[\p{L}\p{M}'’-]+$/u.exec(text.slice(0, end))?.[0]);
      }),
      { numRuns: 2000 },
    );
  });

  test('nameWordBefore', () => {
    fc.assert(
      fc.property(textAndPosition, ([text, at]) => {
        expect(nameWordBefore(text, at)).toBe(/(?:^|\s)(?:\p{Lu}\p{Ll}+|\p{Lu}\.)\s$/u.test(text.slice(0, at)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('far into a long paragraph, and the near misses a bare 64-unit stretch would get wrong', () => {
  const long = 'The pad was checked again. '.repeat(800);

  test('a sentence end read 21,600 units in, and no sentence end before a space with none before it', () => {
    expect(afterSentenceEnd(`${long}Unzipped`, long.length)).toBe(true);
    expect(afterSentenceEnd(`${long}and Unzipped`, long.length + 4)).toBe(false);
    expect(afterSentenceEnd(`${long}he said.”  \n Unzipped`, long.length + 13)).toBe(true);
    expect(afterSentenceEnd(`${long}he said”  \n Unzipped`, long.length + 12)).toBe(false);
    expect(afterSentenceEnd('     ', 5)).toBe(false);
    expect(afterSentenceEnd('', 0)).toBe(true);
  });

  test('the word before a position, whole when it is longer than the stretch', () => {
    expect(wordEndingAt(`${long}Geingob`, long.length + 7)).toBe('Geingob');
    const longWord = `Al-${'a'.repeat(100)}`;
    expect(wordEndingAt(`${long}${longWord}`, long.length + longWord.length)).toBe(longWord);
    expect(wordEndingAt(`${long}Geingob `, long.length + 8)).toBeUndefined();
  });

  test('a stretch that starts on the second half of an astral letter reads the whole letter', () => {
    const text = `${'a'.repeat(10)} 𝐚${'b'.repeat(63)}`;
    expect(stretchStart(text, text.length, 64)).toBe(11);
    expect(wordEndingAt(text, text.length)).toBe(`𝐚${'b'.repeat(63)}`);
  });

  test('a capitalised word and a space, not when the word goes on before the stretch', () => {
    expect(nameWordBefore(`${long}John J. `, long.length + 8)).toBe(true);
    expect(nameWordBefore(`${long}John j `, long.length + 7)).toBe(false);
    // The last 64 units are "T", 62 letters and a space: a name word to a stretch that cannot see the "x" before it.
    const glued = `${long}xT${'a'.repeat(62)} `;
    expect(nameWordBefore(glued, glued.length)).toBe(false);
    expect(nameWordBefore(`T${'a'.repeat(62)} `, 64)).toBe(true);
  });

  test('the run of whitespace before a position', () => {
    expect(spaceRunStart('said.  \n', 8)).toBe(5);
    expect(spaceRunStart('said.', 5)).toBe(5);
  });
});
