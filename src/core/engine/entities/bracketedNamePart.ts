import { isFirstName } from '../lexicon/firstNames';
import { NOT_NAMES } from '../lexicon/notNames';
import { TITLE_WORDS } from './lookups';
import { nameShapedWord } from './names';
import type { Token } from './tokens';

/** A word an editor may set in brackets as part of a name: name-shaped, no acronym ("[ar]", "[EOL]") and no non-name ("[The]"). */
const bracketableWord = (w: string) => nameShapedWord(w) && !/^\p{Lu}{2,}$/u.test(w) && !NOT_NAMES.has(w) && !TITLE_WORDS.has(w);

/**
 * "[Lala] Aslikyan said", "[George W.] Bush in 2000", "There's Jeff [Drake], who": a name an editor completed inside a
 * quotation, its missing part set in brackets, is one name across the bracket. Whether `next` goes on the run `words`
 * (ending at `end`) over such a bracket: the run is all in brackets and a name-shaped word follows the closing one, or
 * the run is one first name and `next` alone is bracketed after it. A language tag ("Mohamed [Ar]") is no name part.
 */
export function bracketedNamePart(text: string, words: ReadonlyArray<string>, end: number, next: Token): boolean {
  const gap = text.slice(end, next.start);
  if (gap === '] ') {
    const open = text.lastIndexOf('[', end);
    const inside = open < 0 ? '' : text.slice(open + 1, end);
    return (
      open >= 0 &&
      !/[[\]]/.test(inside) &&
      inside.split(/\s+/).length === words.length &&
      words.every(bracketableWord) &&
      nameShapedWord(next.text) &&
      !NOT_NAMES.has(next.text)
    );
  }
  return (
    gap === ' [' && words.length === 1 && text.startsWith(']', next.end) && isFirstName(words[0] ?? '') && bracketableWord(next.text) && next.text.length > 2
  );
}
