import { PLACES } from '../../entities/lookups';

/** A comma, then a capitalised name of up to three words that another comma closes: ", Texas" of ", Texas, Zhukovskyy". */
const STATE_AFTER = /^,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(?=,)/u;

/** A preposition, then the capitalised place a state may follow: "police in Baytown", "Hospital in Columbus". */
const PLACE_BEFORE = /\b(?:in|of|at|from|near|outside)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;

/**
 * What after the second comma shows the name was no state but the start of the source's words: a list of names going on
 * ("diplomats in Brussels, Germany, France and Italy oppose …") or a clause about the name ("…, Iran, which denies …").
 */
const NOT_STATE_NEXT = /^,\s*(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*(?:,|(?:and|or)\s+\p{Lu})|(?:which|who|whose|where)\b)/u;

/**
 * The length of the words from `at` (a UTF-16 offset) up to and with the first comma, or past a state or a country that
 * commas set off after a place's name, as AP style writes a city with its state ("According to police in Baytown, Texas,
 * Zhukovskyy has been involved …", wikinews-driver-new-hampshire-motorcycle-crash-pleads-not-guilty-2019-06-28;
 * "According to Nationwide Children's Hospital in Columbus, Ohio, parents can …", fresh Wikinews, January 2014): the
 * state belongs to the source's words, not to what the source says. The place must follow a preposition, and the words
 * after the state must not go on listing names or describe it ("According to diplomats in Brussels, Germany, France and
 * Italy oppose …", "According to the IAEA, Iran, which denies …": the country is what the source speaks of). Null when no
 * comma comes within 60 code units.
 */
export function wordsToComma(text: string, at: number, end: number): number | undefined {
  const words = /^[^,;:"“]{0,60},/.exec(text.slice(at, end))?.[0];
  if (words === undefined) return undefined;
  const comma = at + words.length - 1;
  const state = PLACE_BEFORE.test(text.slice(Math.max(0, comma - 60), comma)) ? STATE_AFTER.exec(text.slice(comma, end)) : null;
  if (!state?.[1] || !PLACES.has(state[1]) || NOT_STATE_NEXT.test(text.slice(comma + state[0].length, end))) return words.length;
  return words.length + state[0].length;
}
