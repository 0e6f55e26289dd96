import { escapeRegExp } from '../escapeRegExp';
import { FEMALE_WORDS, MALE_WORDS } from '../lexicon/genderedNouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import type { Gender } from './gender';

/** "the" and perhaps one lower-case word, then a person's role noun, perhaps possessive: "the Governor's", "the new president". */
const TITLED = new RegExp(
  `(?<![\\p{L}-])the\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?(${[...PERSON_ROLE_NOUNS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?:['’]s)?(?![\\p{L}-])`,
  'giu',
);

/** A preposition right before the title: "a letter to the president" names someone the sentence speaks of, not its subject. */
const PREPOSITION_BEFORE = /(?<![\p{L}-])(?:with|to|for|by|from|of|than|between|against|about|on|at|toward|towards|like|unlike|via|including|in|into)\s+$/iu;

/**
 * The role noun (lower case) of the last person a he/she's own sentence names by a title alone before it, outside quote
 * marks and not as a preposition's object: "On Monday, a plane towed a banner … reading, "Tell Gov Christie: …," echoing
 * the Governor's own words in 2011, in which he told visitors …" (wikinews-beachside-photos-new-jersey-governor-draw-
 * criticism-2017-07-03) → "governor". The pronoun may well mean that person, so an antecedent found in an earlier
 * sentence who does not hold the title stands behind an intervening candidate (Lee et al. 2013). A title of the other
 * gender ("the spokeswoman" for a he) is none. `text` is the block, [`sentenceStart`, `at`) the words before the pronoun
 * (UTF-16 offsets); null when they name no such title.
 */
export function titleBeforePronoun(text: string, sentenceStart: number, at: number, gender: Gender): string | null {
  const words = text.slice(sentenceStart, at).replace(/“[^”]*”?|"[^"]*"?/g, (quoted) => ' '.repeat(quoted.length));
  const other = gender === 'male' ? FEMALE_WORDS : MALE_WORDS;
  let last: string | null = null;
  for (const match of words.matchAll(TITLED)) {
    const noun = (match[1] ?? '').toLowerCase();
    if (other.has(noun) || PREPOSITION_BEFORE.test(words.slice(0, match.index))) continue;
    last = noun;
  }
  return last;
}
