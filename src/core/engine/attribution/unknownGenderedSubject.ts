import { PRONOUN_GENDER, type Gender } from './gender';
import type { MentionIndex } from './mentions';
import type { SentenceInfo } from './types';
import { unknownOpeningWord } from './unnamedOpening';

/** A finite verb right after the opening word, an adverb allowed between: " was naturally", " said", " claims". */
const SUBJECT_THEN_VERB = /^\s+(?:\p{Ll}+ly\s+)?(?:was|is|has|had|\p{Ll}{2,}(?:s|ed))\b/u;

/** "his", "him", "her", "he", "she" inside a sentence, as whole words. */
const GENDERED = /\b(?:he|him|his|she|her)\b/gi;

/**
 * `Schmetzer was naturally delighted with the way his side claimed an important away victory. "I think we played well,"
 * he said.` (Wikinews, football, May 2008): a sentence opening on a capitalised word the name pass found nobody in,
 * which a he or she of `gender` later in the same sentence refers back to ("his side"), is about a man or woman the
 * engine does not know; a he or she after it means that person, never one named before it (Muzny et al. 2017: never
 * one past an intervening candidate of the same gender). Whether the sentence is one such; the opening word must be no
 * sentence opener, common word, pronoun or participle (`unknownOpeningWord`), and its verb must follow it.
 */
export function opensOnUnknownGenderedSubject(sentence: SentenceInfo, gender: Gender, texts: ReadonlyArray<string>, mentions: MentionIndex): boolean {
  if (sentence.focus) return false;
  const opening = unknownOpeningWord(sentence, texts, mentions);
  if (!opening || PRONOUN_GENDER[opening.word.toLowerCase()] || /(?:ed|ing)$/.test(opening.word)) return false;
  const after = (texts[sentence.block] ?? '').slice(opening.end, sentence.range.end);
  if (!SUBJECT_THEN_VERB.test(after)) return false;
  return [...after.matchAll(GENDERED)].some((m) => PRONOUN_GENDER[m[0].toLowerCase()] === gender);
}
