import { OPENER } from './phraseType';
import { bareWord, roleAt, wordsOf } from './roles';
import type { SourceType } from '../../schema';
import type { Located } from '../attribution/types';
import { RESEARCH_BODIES } from '../lexicon/researchBodies';

/**
 * A title the entity's mention holds only in part, widened over the capitalised words before it: "Senate Minority" |
 * "Whip Dick Durbin", where the mention begins at "Whip"; a body's initials in brackets are one of them ("Personnel
 * Management (OPM)" | "Director Kiran Ahuja"). A word that ends a sentence or opens a phrase stops it.
 */
export function widened(text: string, at: Located): Located {
  let start = at.start;
  for (;;) {
    const word = /(\S+)\s+$/.exec(text.slice(Math.max(0, start - 40), start));
    if (!word?.[1] || !/^(?:\p{Lu}[\p{L}'’-]*|\(\p{Lu}[\p{Lu}\p{N}&-]+\))$/u.test(word[1]) || OPENER.test(word[1])) return { ...at, start };
    start -= word[0].length;
  }
}

/**
 * Whether the widened title (`wide`) says more than the part the mention holds (`at`), its type `wideType`: a role
 * the words before the mention open ("United States" | "Attorney", "County" | "Attorney"), or the body a head's title
 * heads ("Sears" | "CEO", "Society" | "President": its spokesperson, where "CEO" alone reads as a bare title of office).
 * A university's head ("Texas A&M University" | "President") may hold a public office: the text does not say, so the
 * title reads alone. Offsets of `text`, half-open.
 */
export function readsWide(text: string, wide: Located, at: Located, wideType: SourceType | null): boolean {
  if (wide.start >= at.start || !wideType) return false;
  const before = wordsOf(text.slice(wide.start, at.start));
  const lower = wordsOf(text.slice(wide.start, at.end)).map(bareWord);
  const opened = before.some((_, i) => i + (roleAt(lower, i)?.[1] ?? 0) > before.length);
  return opened || (wideType === 'spokesperson' && !before.some((w) => RESEARCH_BODIES.has(bareWord(w))));
}
