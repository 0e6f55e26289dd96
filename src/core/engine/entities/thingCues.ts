import { COUNTRY_BY_ADJECTIVE, PLACES } from './lookups';

/** The words around a name that make it a thing's: an organisation's kind noun before it, an edition's ordinal or year. */

/**
 * A capitalised word (or a dotted acronym: "the U.N. agency Karl J. Brenner") and a lower-case word ending the text: the
 * name and the kind noun of `kindEndsName`.
 */
const KIND_AFTER_NAME = /(^|[.!?]\s+)?(?<![\p{L}-])(\p{Lu}[\p{L}.]*(?:-\p{Lu}\p{L}*)*)\s(\S+)\s$/u;

/**
 * "ARF Dashnaktsutyun party Artsvik Minasyan": whether the organisation's kind noun `kind` right before a name ends
 * another name (a capitalised word before it inside the sentence) rather than setting the name off. A nationality
 * ("Greek daily Kathimerini"), a sentence's first word or a word that goes on in lower case ("UK-based retailer Tesco")
 * is no name, nor is a capitalised word a lower-case prefix opens ("pan-Arab newspaper Al Hayat").
 */
export function kindEndsName(before: string, kind: string): boolean {
  const m = KIND_AFTER_NAME.exec(before);
  return (
    m !== null && m[3] === kind && m[1] === undefined && !COUNTRY_BY_ADJECTIVE.has(m[2] ?? '') && !placeBefore(before.slice(0, m.index + (m[2]?.length ?? 0)))
  );
}

/**
 * Whether words ending in a known place's name come last in `before`: "Rio de Janeiro daily O Globo", "The Moscow daily
 * Kommersant" (a fresh Wikinews page, October 2006): a city or country before the kind noun says where the outlet is,
 * as a nationality does; it ends no other name.
 */
function placeBefore(before: string): boolean {
  const words = before.trimEnd().split(/\s+/);
  for (let n = 1; n <= Math.min(4, words.length); n++) if (PLACES.has(words.slice(-n).join(' '))) return true;
  return false;
}

/**
 * "The 22nd Fan Expo Canada took place", "the tenth Furnal Equinox": an ordinal before a name counts an event's
 * editions; a person's is not counted so (a title comes between: "the 44th President Barack Obama").
 */
export const NUMBERED_EVENT = /(?<![\p{L}\p{N}])(?:\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual)\s$/iu;

/**
 * "Fan Expo Canada 2016", "Furnal Equinox 2019": a year right after a name dates an event's edition; two years ("Rashidi
 * Yekini 1963-2012") are a life's.
 */
export const YEAR_AFTER = /^\s(?:19|20)\d{2}(?![\p{N}\p{Pd}])/u;
