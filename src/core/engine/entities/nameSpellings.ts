import { adjacentSwap } from './adjacentSwap';
import { isInitial, nameSuffix, withoutNameSuffix } from './names';
import { SURNAME_PARTICLES } from '../lexicon/surnameParticles';

/** Letters Unicode does not decompose into a base letter and a mark: Polish "ł", Nordic "ø", Turkish "ı". */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i' };

/** A word without its accents: "Erdogan" for "Erdoğan", "Jaroslaw" for "Jarosław". */
export const foldAccents = (word: string) =>
  // Most names are plain ASCII, which has nothing to fold; the registry folds every known surname on each lookup.
  /^[\x20-\x7E]*$/.test(word)
    ? word
    : word
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[łŁøØđĐı]/g, (c) => UNDECOMPOSED[c] ?? c);

/** How many letters of a name are written with an accent or a stroke ("ś", "ł"). */
const accents = (name: string) => [...name].filter((c) => /\p{L}/u.test(c) && foldAccents(c) !== c).length;

/**
 * Whether `name` is the person's `known` name written with its accents: "Jarosław Kaczyński" for "Jaroslaw
 * Kaczynski", as a Wikinews headline strips them and the body keeps them. The accented form is the person's own.
 */
export const withItsAccents = (known: string, name: string) =>
  known !== name && known.split(' ').length === name.split(' ').length && foldAccents(known) === foldAccents(name) && accents(name) > accents(known);

/**
 * Whether two people's names end in the same surname, with no suffix telling them apart: a father and son
 * ("Bruce McCandless II", "Bruce McCandless III") are two people.
 */
export function sameSurname(known: string, name: string): boolean {
  const [a, b] = [nameSuffix(known), nameSuffix(name)];
  const last = (n: string) => foldAccents(withoutNameSuffix(n).split(' ').at(-1) ?? '');
  return last(known) === last(name) && (a === null || b === null || a === b);
}

/**
 * Words that follow a given name and tell it is one: the Sikh "Singh" and "Kaur" ("Hardeep Singh Puri … Hardeep",
 * wikinews-calicut-air-india-express-crash-2020-08-08) and the Arabic "son/daughter of" ("Haitham bin Tariq Al Said …
 * Haitham", English Wikinews, January 2020).
 */
const AFTER_GIVEN_NAME = new Set(['Singh', 'Kaur', 'bin', 'bint', 'ibn']);

/**
 * Whether a person's name is one the first name alone may call: a first name and a surname, a first name, a middle
 * initial and a surname ("Kate A. McGinnis … said Kate", a NASA profile), or a first name a Sikh name or an Arabic
 * "bin" follows (`AFTER_GIVEN_NAME`), or a first name and a surname its particles open ("Pierre De Vos").
 */
export const calledByFirstName = (parts: ReadonlyArray<string>): boolean =>
  parts.length === 2 ||
  (parts.length === 3 && /^\p{Lu}\.$/u.test(parts[1] ?? '')) ||
  (parts.length >= 3 && AFTER_GIVEN_NAME.has(parts[1] ?? '')) ||
  // "South African consitutional law expert Pierre De Vos explains …" then "on Pierre's blog"
  // (gv-south-africa-the-spear-painting-zuma-2012-05-22): a surname opened by its particles (`SURNAME_PARTICLES`).
  (parts.length >= 3 && parts.length <= 4 && parts.slice(1, -1).every((part) => SURNAME_PARTICLES.has(part)));

/** Whether `name` spells out the initials `initialled` opens with: "Scott Mackey" for "S.C. Mackey". */
export function spelledOut(initialled: string, name: string): boolean {
  const [initials, ...rest] = initialled.split(' ');
  const [first, ...others] = name.split(' ');
  return isInitial(initials ?? '') && !!first && !isInitial(first) && first.startsWith(initials?.charAt(0) ?? '') && rest.join(' ') === others.join(' ');
}

/** Capitalised words of five letters or more: shorter surnames differ by a slip as real ones do ("Hall", "Hal"). */
const LONG_WORD = /^\p{Lu}\p{Ll}{4,}$/u;

/**
 * Whether `written` is `surname` with two letters side by side swapped after the first (`adjacentSwap`: "Rumsfled
 * stated" for Donald Rumsfeld, wikinews-us-secretary-of-defense-rumsfeld-visits-brazil-2005-03-26): a slip of the keys
 * that seldom spells another surname. Both are capitalised words of five letters or more.
 */
export function lettersSwapped(written: string, surname: string): boolean {
  return LONG_WORD.test(written) && LONG_WORD.test(surname) && written[0] === surname[0] && adjacentSwap(written, surname);
}

/** The vowels a romanised name may write one for another. */
const VOWEL = /^[aeiou]$/;

/**
 * Whether `written` is `surname` romanised with one vowel after the first letter written as another: "Wasif suggested"
 * for Sally Wasef (wikinews-ancient-egyptians-collected-wild-ibis-sacrifice-2019-11-16), as Arabic short vowels have no
 * one English spelling ("Mohamed", "Mohamad"). Both are capitalised words of five letters or more, so that short
 * surnames a vowel tells apart ("Hall", "Hill") are never read so.
 */
export function vowelChanged(written: string, surname: string): boolean {
  if (!LONG_WORD.test(written) || !LONG_WORD.test(surname) || written.length !== surname.length) return false;
  const apart = [...written].flatMap((c, i) => (c === surname[i] ? [] : [i]));
  const at = apart[0] ?? 0;
  return apart.length === 1 && at > 0 && VOWEL.test(written[at] ?? '') && VOWEL.test(surname[at] ?? '');
}

/**
 * Whether `written` is `surname` misspelt by one slip that keeps its letters: two side by side swapped
 * (`lettersSwapped`), or a doubled letter written once or a single one doubled ("Mr Abbot" for Tony Abbott,
 * wikinews-indonesian-authorities-refugee-boats-pushed-back-australian-navy-2014-01-13). A doubled letter also tells
 * real surnames apart ("Hansen", "Hanssen"), so only what else the text says may read it as a slip. A letter put in or
 * left out otherwise ("Brown", "Browne") is no slip of this kind.
 */
export function misspeltSurname(written: string, surname: string): boolean {
  if (lettersSwapped(written, surname)) return true;
  if (!LONG_WORD.test(written) || !LONG_WORD.test(surname)) return false;
  const [shorter, longer] = written.length < surname.length ? [written, surname] : [surname, written];
  return (
    longer.length === shorter.length + 1 && [...longer].some((c, i) => i > 0 && c === longer[i - 1] && longer.slice(0, i) + longer.slice(i + 1) === shorter)
  );
}
