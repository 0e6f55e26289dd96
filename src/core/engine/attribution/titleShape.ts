import type { DirectSpan } from '../directQuotes';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { FoundQuote } from './types';

/** Words a title leaves in lower case: articles, conjunctions, prepositions, and the "@" or "&" of a series' name. */
const SMALL = /^(?:of|the|and|or|a|an|in|on|for|to|at|by|with|as|from|into|over|under|about|through|without|against|vs\.?|@|&)$/u;

/** Whether a word may stand in a title: capitalised, a number, a parenthesised acronym, or a small word after the first. */
const titleWord = (w: string, i: number) => /^[\p{Lu}\d]/u.test(w) || /^\(\p{Lu}[\p{Lu}\d]*\)[.,]?$/u.test(w) || (i > 0 && SMALL.test(w));

/**
 * Words in marks shaped as a title, a series' or a programme's name or a slogan, longer or more punctuated than
 * `titleOfWork` takes: every word capitalised but the small ones, two to fourteen words, a subtitle after a colon or
 * clauses after commas allowed ("This Week @ NASA,", "Space Data Ethics: The Next Frontier in Responsible Leadership",
 * "See More, Understand Better, Act Faster.", "TCNJ Adaptable Regolith Retention Program (TARRP)"). A run of one-word
 * sentences ("Stop. Now. Please.") is left out: it is as likely said as printed.
 */
export function titleShaped(quoted: string): boolean {
  const trimmed = quoted.trim();
  const words = trimmed.split(/\s+/);
  if (words.length < 2 || words.length > 14 || !words.every(titleWord)) return false;
  return trimmed.split(/(?<=[.!?])\s+/u).every((s) => s.split(/\s+/).length >= 2);
}

/**
 * Whether a quote with no cue is a title, a name or a slogan by its shape alone ({@link titleShaped}) with no speech verb
 * in its sentence before it: `The mission is featured in “This Week @ NASA,” a weekly video program`, `sporting shirts
 * that read “Ace Satellite Repair Co.,”`, `will allow our commanders … to “See More, Understand Better, Act Faster.”`.
 * docs/annotation-guide.md counts titles of works, names, slogans and printed labels as no quotes. A speech verb keeps
 * it ("To them, I say, "Be Bold. Vote Gold.""): then someone says the slogan. So does a quote that opens its sentence:
 * "“Godspeed, Tom Stafford.”", a paragraph of its own in a NASA statement (development half), is the Administrator's
 * farewell. A quote a sieve gave a speaker or a cue is someone's, and the headline is left alone: there every word is
 * capitalised ("Ukraine: "If Prison Acquires a Voice, Everything Will Change"", Global Voices, development half, quotes
 * a film's director). `from` is where the sentence starts.
 */
export function unspokenTitle(quote: FoundQuote, text: string, from: number, direct: DirectSpan): boolean {
  if (quote.block === 0 || quote.speaker || quote.cue || !titleShaped(text.slice(direct.start, direct.end))) return false;
  const words = [...text.slice(from, direct.open).matchAll(/\p{L}+/gu)];
  return words.length > 0 && !words.some((w) => isSpeechVerb(w[0]));
}
