import { PLACES } from '../../entities/lookups';

/** A comma, then a capitalised name of up to three words that another comma closes: ", Texas" of ", Texas, Zhukovskyy". */
const STATE_AFTER = /^,\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})(?=,)/u;

/**
 * The length of the words from `at` (a UTF-16 offset) up to and with the first comma, or past a state or a country that
 * commas set off after a place's name, as AP style writes a city with its state ("According to police in Baytown, Texas,
 * Zhukovskyy has been involved …", wikinews-driver-new-hampshire-motorcycle-crash-pleads-not-guilty-2019-06-28;
 * "According to Nationwide Children's Hospital in Columbus, Ohio, parents can …", fresh Wikinews, January 2014): the
 * state belongs to the source's words, not to what the source says. Null when no comma comes within 60 code units.
 */
export function wordsToComma(text: string, at: number, end: number): number | undefined {
  const words = /^[^,;:"“]{0,60},/.exec(text.slice(at, end))?.[0];
  if (words === undefined) return undefined;
  const comma = at + words.length - 1;
  const state = /\p{Lu}[\p{L}.'’-]*$/u.test(text.slice(Math.max(0, comma - 40), comma)) ? STATE_AFTER.exec(text.slice(comma, end)) : null;
  return state?.[1] && PLACES.has(state[1]) ? words.length + state[0].length : words.length;
}
