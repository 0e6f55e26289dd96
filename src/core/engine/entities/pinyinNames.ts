import { CHINESE_SURNAMES } from '../lexicon/chineseSurnames';
import { PINYIN_SYLLABLE } from '../lexicon/romanisedSyllables';

/** A given name of one or two pinyin syllables written as one word, the first capitalised ("Changxing", "Liying", "Peng"). */
const GIVEN_NAME = new RegExp(`^${PINYIN_SYLLABLE}(?:${PINYIN_SYLLABLE})?$`);

/**
 * "Lai Changxing", "Liu Liying", "Li Jizhou": whether two words are a Chinese name as mainland China writes it in
 * pinyin, family name first — a common family name (`lexicon/chineseSurnames.ts`), then a given name of one or two
 * syllables run together. Hong Kong, Taiwanese and Korean names join their syllables with a hyphen instead
 * (`eastAsianName`). Observed on Wikinews (wikinews-china-bandit-king-life-term-bribery-case-2012-05-19), where the
 * name is given once, with no title, and the person is then called by the family name alone.
 */
export function pinyinName(words: ReadonlyArray<string>): boolean {
  const [surname = '', given = ''] = words;
  return words.length === 2 && CHINESE_SURNAMES.has(surname) && /^\p{Lu}\p{Ll}+$/u.test(given) && GIVEN_NAME.test(given.toLowerCase());
}
