import { CONNECTORS } from '../lexicon/connectors';
import { isFirstName } from '../lexicon/firstNames';
import { NOT_NAMES } from '../lexicon/notNames';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { TITLE_WORDS } from './lookups';

/**
 * A word written like a name: "Nadia", "O’Neill", "d'Ettorre", "McAllister", "Lund-Madsen", "E-Jay", "J.",
 * "al-Assad", or a particle ("de", "bin", "wa").
 */
export const nameShapedWord = (w: string) =>
  /^(?:[OD][’']|d[’']|Mc|Mac|al-|el-|bin-|ibn-|abu-)?\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*$|^\p{Lu}-\p{Lu}\p{Ll}+$|^[A-Z]\.$|^(?:de|van|von|da|del|der|den|di|du|la|le|bin|ibn|al|abu|wa)$/u.test(
    w,
  );

/** Two to four words each written like a name, none a day or month. */
export const personShaped = (words: ReadonlyArray<string>) =>
  words.length >= 2 && words.length <= 4 && words.every((w) => nameShapedWord(w) && !NOT_NAMES.has(w));

/**
 * Where a run of capitalised words turns into a person's name: the index of a common first name that
 * follows a word that is not one, with two or three name-shaped words from it to the end; 0 when none.
 */
export function firstNameStart(words: ReadonlyArray<string>): number {
  for (let k = 1; k < words.length - 1; k++) {
    const rest = words.slice(k);
    if (rest.length > 3 || !isFirstName(words[k] ?? '') || isFirstName(words[k - 1] ?? '') || CONNECTORS.has(words[k - 1] ?? '')) continue;
    if (personShaped(rest) && !rest.some((w) => ORG_HEADS.has(w) || TITLE_WORDS.has(w))) return k;
  }
  return 0;
}

/** The index of the first "of", "for" or "at" after a word that is not a title, past the first title; the words' length when none. */
export function nameEnd(words: ReadonlyArray<string>, firstTitle: number): number {
  const at = words.findIndex((w, i) => i > firstTitle + 1 && (w === 'of' || w === 'for' || w === 'at') && !TITLE_WORDS.has(words[i - 1] ?? ''));
  return firstTitle < 0 || at < 0 ? words.length : at;
}

/** Where a person's name follows an organisation's in one capitalised run ("Refugee Council Enver Solomon"); 0 when it does not. */
export function afterOrganization(words: ReadonlyArray<string>): number {
  const head = words.findLastIndex((w) => ORG_HEADS.has(w));
  const rest = words.slice(head + 1);
  return head > 0 && rest.length >= 2 && rest.length <= 3 && personShaped(rest) ? head + 1 : 0;
}
