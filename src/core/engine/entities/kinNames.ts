import { KIN_NOUNS } from '../lexicon/kinNouns';

/**
 * "his wife Israa Kamal", "their two sons Wyatt", "Trump's younger brother Robert": whether a noun of kinship after a
 * possessive, an article or a number ends the text before a name, which makes it a relative's. French "son" ("de son
 * Histoire") has none of them before it. An obituary's "survived by sons Clarence, Edward" (wikinews-aretha-franklin)
 * and a list's "his wife Melania, and son Barron" (Wikinews 2020) drop the possessive after "by" and "and"; a marriage's
 * length may follow the noun: "his wife of 41 years, Rebecca" (usgov-nasa-honors-three-chronicles).
 */
const afterKinNoun = (before: string): boolean =>
  KIN_NOUNS.has(
    (/(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|whose|[Aa]n?|[Tt]he|by|and|two|three|four|five|six|seven|eight|nine|ten)|\p{L}['’]s?)\s+(?:[\p{Ll}\d-]+\s+)?(\p{Ll}+)(?:\s+of\s+\d+\s+years)?,?\s$/u.exec(
      before,
    ) ?? (endsInCommaSpace(before) ? KIN_OF_NAME.exec(before) : null))?.[1] ?? '',
  );

/**
 * Whether `before` ends in a comma and a space, as every match of KIN_OF_NAME does: tested first, it spares that
 * pattern's try at each word of the text before every name of the article (most names follow no comma).
 */
const endsInCommaSpace = (before: string): boolean => before.at(-2) === ',' && /^\s$/.test(before.at(-1) ?? '');

/**
 * "A former wife of Rashidi Yekini, Adeola says" (Global Voices 2012): a noun of kinship, "of" and the person's name, then
 * the relative's name set off after a comma.
 */
const KIN_OF_NAME = /\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+)\s+of\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s$/u;

/** One-word names listed before the name: "Nadine, Ashley, " in "four daughters, Nadine, Ashley, Elizabeth, and Toni". */
const LISTED_NAMES = /(?:\p{Lu}[\p{Ll}'’-]+(?:,\s+and\s+|,\s+|\s+and\s+))+$/u;

/**
 * Whether the text before the name at `start` of `text` (UTF-16) ends in a noun of kinship that makes it a relative's
 * ("his wife Israa Kamal"), or in a list of one-word names opened right after one: "their two sons Wyatt and Zachary",
 * "four daughters, Nadine, Ashley, Elizabeth, and Toni" (a list joins like with like).
 */
export function namesRelative(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const listed = LISTED_NAMES.exec(before);
  return afterKinNoun(before) || (listed !== null && afterKinNoun(before.slice(0, listed.index)));
}
