import { HYPHEN_COMPOUNDS } from '../lexicon/hyphenCompounds';
import { NOT_NAMES } from '../lexicon/notNames';
import { LOOSE_PINYIN_SYLLABLE, ROMANISED_SYLLABLE } from '../lexicon/romanisedSyllables';

/**
 * "Cheng Chung-tai", "Leung Che-cheung", "Park Won-soon": a surname of one syllable, then a given name of two joined by a
 * hyphen, the second in lower case, as Hong Kong, Taiwanese and Korean names are romanised. English compounds split
 * otherwise ("Chandra X-ray", "San Diego-based", "Content Re-use"). Observed on Wikinews and Global Voices pages.
 */
export function eastAsianName(words: ReadonlyArray<string>): boolean {
  const [surname = '', given = ''] = words;
  const parts = /^(\p{Lu}\p{Ll}{1,5})-(\p{Ll}{1,6})$/u.exec(given);
  return (
    words.length === 2 &&
    parts !== null &&
    !HYPHEN_COMPOUNDS.has(given) &&
    /^\p{Lu}\p{Ll}{1,5}$/u.test(surname) &&
    !NOT_NAMES.has(surname) &&
    [surname, parts[1] ?? '', parts[2] ?? ''].every((syllable) => ROMANISED_SYLLABLE.test(syllable.toLowerCase()))
  );
}

/** Two Hanyu Pinyin syllables written as one word, as a Mandarin given name is: "Changxing", "Rongji", "Jizhou", "Liying". */
const PINYIN_GIVEN = new RegExp(`^(?:${LOOSE_PINYIN_SYLLABLE}){2}$`);

/**
 * Whether `words` are a Mandarin name, surname first: a surname of one syllable, then a given name of two Pinyin
 * syllables in one word ("Lai Changxing", Wikinews, China's 'Bandit King', 2012). The shape alone is weak ("Lai London"
 * fits it), so callers ask for the surname to stand alone elsewhere as a person does.
 */
export function mandarinName(words: ReadonlyArray<string>): boolean {
  const [surname = '', given = ''] = words;
  return (
    words.length === 2 &&
    /^\p{Lu}\p{Ll}{1,5}$/u.test(surname) &&
    ROMANISED_SYLLABLE.test(surname.toLowerCase()) &&
    /^\p{Lu}\p{Ll}{3,8}$/u.test(given) &&
    PINYIN_GIVEN.test(given.toLowerCase()) &&
    !NOT_NAMES.has(surname) &&
    !NOT_NAMES.has(given)
  );
}
