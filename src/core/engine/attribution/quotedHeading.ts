import { SMALL_WORD } from './linkedTitle';

/** Words a section heading holds at most. */
const HEADING_WORDS = 8;

/**
 * Whether quoted words that make a paragraph of their own are a section heading: two to eight words, each capitalised
 * or a small word after the first (a comma after a word allowed), and no closing stop of any kind: `“Scrub in, Help and
 * Leave”` between two parts of usgov-gsa-open-opportunities-agile-development-2016-01-04. A quotation going on from the
 * paragraph before is a sentence, and closes on a stop or a comma.
 */
export function quotedHeading(quoted: string): boolean {
  const trimmed = quoted.trim();
  if (/[.!?;:,…'"’”-]$/u.test(trimmed)) return false;
  const words = trimmed.split(/\s+/u).map((w) => w.replace(/,$/u, ''));
  return words.length >= 2 && words.length <= HEADING_WORDS && words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && SMALL_WORD.test(w)));
}
