import { COUNTRY_BY_ADJECTIVE } from './lookups';

/**
 * Capitalised words that qualify a title without being one ("Vice Foreign Minister", "Deputy Prime Minister", "Acting
 * Defense Secretary"); the title word list leaves them out so that "Foreign Affairs" or "Defense Industry" name no one.
 */
const TITLE_QUALIFIERS = new Set([
  'Vice',
  'Deputy',
  'Acting',
  'Assistant',
  'Associate',
  'Senior',
  'Foreign',
  'Prime',
  'Defense',
  'Defence',
  'Finance',
  'Interior',
  'Justice',
  'Trade',
]);

/** Whether `word` qualifies a title that follows it ("Prime" in "Prime Minister"), per `TITLE_QUALIFIERS`. */
export const isTitleQualifier = (word: string): boolean => TITLE_QUALIFIERS.has(word);

/**
 * Whether the words before a run's first title word (`firstTitle`, an index in `words`) are only a nationality adjective
 * and the title's own qualifiers: "Chinese Vice Foreign Minister Wu Daiwei" (wikinews-chinese-submarine-enters-japanese-
 * waters-2004-11-18). Such words make a long title, not an organisation's name, so the name after it may be one no list
 * of given names holds (a surname-first name, "Wu Daiwei"). At least one qualifier, at most three words.
 */
export function qualifiedTitle(words: ReadonlyArray<string>, firstTitle: number): boolean {
  const before = words.slice(0, firstTitle);
  const start = COUNTRY_BY_ADJECTIVE.has(before[0] ?? '') ? 1 : 0;
  return before.length - start >= 1 && before.length <= 3 && before.slice(start).every((w) => TITLE_QUALIFIERS.has(w));
}
