import { describe, expect, test } from 'vitest';
import {
  KOREAN_SYLLABLE,
  LOOSE_PINYIN_SYLLABLE,
  PINYIN_SYLLABLE,
  ROMANISED_GIVEN_SYLLABLE,
  ROMANISED_SYLLABLE,
} from '../../../../src/core/engine/lexicon/romanisedSyllables';

// romanisedSyllables.ts: what each name pass takes for a syllable of an East Asian name. Syllables from names in the
// development half of tests/fixtures/real (wikinews-china-bandit-king-life-term-bribery-case-2012-05-19, the 2016 Hong
// Kong Legislative Council election, wikinews-south-korean-police-clamp-down-us-beef-protests-2008-06-30).

const whole = (source: string) => new RegExp(`^(?:${source})$`);

describe('pinyin from the table (pinyinNames)', () => {
  const pinyin = whole(PINYIN_SYLLABLE);
  test.each(['chang', 'xing', 'zhou', 'ying', 'e', 'xue', 'er', 'yong'])('"%s" is a pinyin syllable', (s) => expect(pinyin.test(s)).toBe(true));
  test.each(['aing', 'kwok', 'bell', 'street', 'vang'])('"%s" is none', (s) => expect(pinyin.test(s)).toBe(false));
});

describe('pinyin read loosely (mandarinName)', () => {
  const loose = whole(LOOSE_PINYIN_SYLLABLE);
  test.each(['chang', 'rong', 'jiu', 'zhao', 'zi', 'yang'])('"%s" is a syllable', (s) => expect(loose.test(s)).toBe(true));
  // The two readings differ: the loose one lets "aing" through and has no "ue" or "er".
  test.each([
    ['aing', true, false],
    ['xue', false, true],
    ['er', false, true],
  ])('"%s": loose %s, table %s', (s, isLoose, isTable) => {
    expect(loose.test(s)).toBe(isLoose);
    expect(whole(PINYIN_SYLLABLE).test(s)).toBe(isTable);
  });
});

describe('Cantonese, Taiwanese and Korean syllables (eastAsianName, quotedNicknames)', () => {
  test.each(['kwok', 'cheuk', 'myung', 'yeon', 'tai', 'leung', 'chung', 'yi'])('"%s" is a romanised syllable', (s) => {
    expect(ROMANISED_SYLLABLE.test(s)).toBe(true);
    expect(ROMANISED_GIVEN_SYLLABLE.test(s)).toBe(true);
  });
  test.each(['hall', 'earth', 'push', 'strength', 'vu'])('"%s" is none', (s) => expect(ROMANISED_SYLLABLE.test(s)).toBe(false));
  test('"park" ends a surname syllable but no given-name syllable before a nickname', () => {
    expect(ROMANISED_SYLLABLE.test('park')).toBe(true);
    expect(ROMANISED_GIVEN_SYLLABLE.test('park')).toBe(false);
  });
});

describe('Korean syllables written as words of their own (koreanNames)', () => {
  test.each(['kyung', 'han', 'jae', 'myung', 'un', 'il', 'bak', 'hye'])('"%s" is a Korean syllable', (s) => expect(KOREAN_SYLLABLE.test(s)).toBe(true));
  // "Jomg" is a typing slip (gv-north-korea-journalists-sentenced-hard-labor-2009-06-09); the Korean inventory opens
  // no syllable with f, l, x or z, with more than two consonants, and closes none on -h or -r.
  test.each(['jomg', 'fan', 'lee', 'zhou', 'xin', 'shah', 'kerr', 'schung'])('"%s" is none', (s) => expect(KOREAN_SYLLABLE.test(s)).toBe(false));
});
