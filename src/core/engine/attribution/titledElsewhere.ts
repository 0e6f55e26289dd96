import { findDirectQuotes } from '../directQuotes';
import { titleAfterWorkNoun } from './workTitle';

/** The most words a title read back from elsewhere has: longer words in marks are a passage, whatever else they match. */
const TITLE_WORDS = 12;

/** Each article's titles named after a work's noun, keyed as `titleKey` writes them, kept while its block array lives. */
const titlesByArticle = new WeakMap<ReadonlyArray<string>, ReadonlySet<string>>();

/** Words in marks as compared with a title: trimmed, without a closing comma or stop, lower case. */
const titleKey = (quoted: string): string =>
  quoted
    .trim()
    .replace(/[.,;:]+$/u, '')
    .toLowerCase();

/** The titles of `texts` (an article's blocks) that stand in marks right after a work's noun (`titleAfterWorkNoun`). */
function titlesOf(texts: ReadonlyArray<string>): ReadonlySet<string> {
  const titles = new Set<string>();
  for (const text of texts) {
    for (const direct of findDirectQuotes(text)) {
      if (titleAfterWorkNoun(text, direct)) titles.add(titleKey(text.slice(direct.start, direct.end)));
    }
  }
  return titles;
}

/**
 * Whether words in marks, `quoted`, are the title of a work the article names in another place, in marks right after the
 * work's noun (`titleAfterWorkNoun`): the headline `Martinique: "Think Like A Man", Just Not in France` over `the release
 * of the American movie "Think Like A Man"`, a blogger pointing to `the main flaw in "Caracas, Ciudad de Despedidas":`
 * after `the video documentary "Caracas, Ciudad de Despedidas"`, the headline `Brazil: 'Hands That Cure, Words That
 * Heal'` over `In a post called 'Hands that cure, words that heal'` (Global Voices, development half, May 2012, whose
 * golds hold none of them as a quote). Letter case aside; up to `TITLE_WORDS` words, for a title is short. `texts` are
 * the article's blocks, headline first; their titles are gathered once per article.
 */
export function titledElsewhere(quoted: string, texts: ReadonlyArray<string>): boolean {
  const key = titleKey(quoted);
  if (key.length < 4 || key.split(/\s+/).length > TITLE_WORDS) return false;
  let titles = titlesByArticle.get(texts);
  if (!titles) {
    titles = titlesOf(texts);
    titlesByArticle.set(texts, titles);
  }
  return titles.has(key);
}
