import { gluedStop } from '../../sentences';
import { ABBREVIATED_TITLES } from './lookups';

/** A word of a block's text at [start, end), in UTF-16 code units; a possessive "'s" and most final full stops are cut off. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** A word; two hyphens are a typed dash between words ("bloggers--Vasilka Dimitrovska and Ilina Jakimovska--has"), no hyphen's. */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’.&]|-(?!-))*|(?<=\s)&(?=\s)/gu;

/**
 * Whether a word is an abbreviated title glued to the name it comes before, the space after its point lost in the scrape:
 * "Col.Gary Hisle" (usgov-army-future-army-electronic-warfare-2013-09-20).
 */
function titleGlued(word: string, dot: number): boolean {
  return ABBREVIATED_TITLES.has(word.slice(0, dot + 1)) && /^\p{Lu}\p{Ll}+$/u.test(word.slice(dot + 1));
}

/**
 * The words of a text, in order. A possessive ("Kazakhstan's") loses its "'s", and a word its final full stops unless
 * it is an initialism ("U.S."), an abbreviation kept whole ("Jr.", "Inc.") or an abbreviated title ("Gen.").
 */
export function tokenize(text: string): Array<Token> {
  const tokens: Array<Token> = [];
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    let start = match.index;
    // "Monrovia.He": two words of two sentences the scrape glued together.
    const glued = word.indexOf('.');
    if (glued > 0 && (gluedStop(text, start + glued) || titleGlued(word, glued))) {
      // A title keeps its point, as "Gen." does with its space.
      const cut = titleGlued(word, glued) ? glued + 1 : glued;
      tokens.push({ text: word.slice(0, cut), start, end: start + cut });
      start += glued + 1;
      word = word.slice(glued + 1);
    }
    // "Samuel Umtiti 51'N'Golo Kanté 87'Kylian Mbappé": a match report's box writes each goal or booking's minute with no
    // space before the next player's name (wikinews-umtiti-scores-france-reaches-final-beating-belgium-2018-07-10).
    // Looked for only in a word that opens on a digit (few do).
    const minute = word[0] !== undefined && word[0] >= '0' && word[0] <= '9' ? /^\d{1,3}['’](?=\p{Lu})/u.exec(word) : null;
    if (minute) {
      tokens.push({ text: minute[0], start, end: start + minute[0].length });
      start += minute[0].length;
      word = word.slice(minute[0].length);
    }
    // A possessive's ending, looked for only where the word's last letter may close one (most words end otherwise).
    if (/['’s]/.test(word.at(-1) ?? '')) word = word.replace(/['’]s$/, '').replace(/['’]$/, '');
    if (word.endsWith('.') && !/^(?:[A-Z]\.)+$|^(?:Jr|Sr|St|Inc|Corp|Co|Ltd|U\.S|U\.N|U\.K)\.$/.test(word) && !ABBREVIATED_TITLES.has(word))
      word = word.replace(/\.+$/, '');
    if (word.length > 0) tokens.push({ text: word, start, end: start + word.length });
  }
  return tokens;
}

/** Whether a word begins with a capital, or is a particle joined to one ("al-Sisi", "d'Ettorre", "al'Koush"). */
export const isCapitalised = (word: string) => /^[\p{Lu}]|^(?:al|el|bin|ibn|abu|ul)-\p{Lu}|^(?:d|al|el)['’]\p{Lu}/u.test(word);

/** Whether a word is written as an acronym: "U.N.", "NATO", "G7". */
export const isAcronym = (word: string) => /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&-]{1,7}$/.test(word);

/** Whether a token at `start` (UTF-16 code units) begins a sentence (or a quotation), where every word is capitalised anyway. */
export function startsSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  return start === 0 || /(^|[.!?]["'”’)]?\s+|["“‘(]\s*|:\s+)$/.test(before);
}
