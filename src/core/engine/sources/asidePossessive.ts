import type { SentenceRange } from '../../sentences';
import { PRONOUN_GENDER } from '../attribution/gender';
import type { Found } from './subjectPronoun';

/**
 * ", in his analysis of the race, notes", " [es], for his part, comments", ", on her blog, says": an aside set off by
 * commas right after a name (past a language tag), opening with "in", "on" or "for" and his or her, then at once a verb
 * in the present's third person or the past (group 1 the pronoun).
 */
const ASIDE = /^(?:\s*\[[a-z]{2}\])?,\s+(?:in|on|for)\s+(his|her)\s+[^,;:.()"“”]{2,60},\s+(?:also\s+)?\p{Ll}+(?:s|ed)\b/u;
/**
 * The words a clause may open with before its subject's name: up to four capitalised title words ("Rep.", "Professor"),
 * at the sentence's start or after the comma that closes a fronted clause ("Though Markey has more money …, Ubertaccio").
 */
const TITLE_WORDS = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

/**
 * "Ubertaccio, in his analysis of the race, notes Brown has more recent campaign experience" (wikinews-expected-senate-
 * special-election-massachusetts-2012-12-29), "Asdrúbal [es], for his part, comments:" (Global Voices, May 2012): the his
 * or her of an aside between a sentence's subject and its verb is the subject's own (`docs/annotation-guide.md`, "Gender":
 * a pronoun that refers to them). Only where the name opens its sentence or follows the comma that closes a fronted
 * clause, past no more than four title words: "Terry
 * Melcher, with her first husband," has no such verb, and "told Smith, in her view, …" no such subject. `text` is the
 * block's, `sentence` the range holding the mention [start, end) (UTF-16 offsets, half-open). The gender and where the
 * pronoun is written, or null.
 */
export function asidePossessive(text: string, sentence: SentenceRange, start: number, end: number, block: number): Found | null {
  const before = text.slice(sentence.start, start);
  if (!TITLE_WORDS.test(before) && !TITLE_WORDS.test(before.replace(/^[^"“”]*,\s+/u, ''))) return null;
  const aside = ASIDE.exec(text.slice(end, Math.min(sentence.end, end + 120)));
  const pronoun = aside?.[1];
  const gender = pronoun ? PRONOUN_GENDER[pronoun] : undefined;
  if (!aside || !pronoun || !gender) return null;
  const at = end + aside[0].indexOf(` ${pronoun} `) + 1;
  return { gender, at: { block, start: at, end: at + pronoun.length } };
}
