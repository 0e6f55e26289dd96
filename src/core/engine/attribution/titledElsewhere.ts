import type { DirectSpan } from '../directQuotes';
import { titleAfterWorkNoun } from './workTitle';

/** The marks a title may open on where the article names its work. */
const OPENING_MARKS = new Set(['"', '“', "'", '‘', '«', '„']);

/** The most words a title read back from elsewhere has: longer words in marks are a passage, whatever else they match. */
const TITLE_WORDS = 12;

/** Each article's blocks in lower case, kept while the article's block array lives. */
const lowered = new WeakMap<ReadonlyArray<string>, ReadonlyArray<string>>();

/**
 * Whether words in marks, `quoted`, are the title of a work the article names in another place, in marks right after the
 * work's noun (`titleAfterWorkNoun`): the headline `Martinique: "Think Like A Man", Just Not in France` over `the release
 * of the American movie "Think Like A Man"`, a blogger pointing to `the main flaw in "Caracas, Ciudad de Despedidas":`
 * after `the video documentary "Caracas, Ciudad de Despedidas"`, the headline `Brazil: 'Hands That Cure, Words That
 * Heal'` over `In a post called 'Hands that cure, words that heal'` (Global Voices, development half, May 2012, whose
 * golds hold none of them as a quote). Letter case aside; up to `TITLE_WORDS` words, for a title is short. `texts` are
 * the article's blocks, headline first.
 */
export function titledElsewhere(quoted: string, texts: ReadonlyArray<string>): boolean {
  const needle = quoted
    .trim()
    .replace(/[.,;:]+$/u, '')
    .toLowerCase();
  if (needle.length < 4 || needle.split(/\s+/).length > TITLE_WORDS) return false;
  let low = lowered.get(texts);
  if (!low) {
    low = texts.map((t) => t.toLowerCase());
    lowered.set(texts, low);
  }
  for (let b = 0; b < low.length; b++) {
    const text = texts[b] ?? '';
    for (let at = low[b]?.indexOf(needle) ?? -1; at > 0; at = low[b]?.indexOf(needle, at + 1) ?? -1) {
      const end = at + needle.length;
      const span: DirectSpan = { start: at, end, open: at - 1, close: end };
      if (OPENING_MARKS.has(text[at - 1] ?? '') && text.slice(at, end).toLowerCase() === needle && titleAfterWorkNoun(text, span)) return true;
    }
  }
  return false;
}
