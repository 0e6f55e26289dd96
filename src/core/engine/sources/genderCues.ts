import type { Gender } from '../attribution/gender';
import { genderOfNoun } from '../lexicon/genderedNouns';
import { AFTER_OBJECT_HER, OBJECT_HER_VERBS } from '../lexicon/objectHer';

/**
 * Whether the "her" at `start` is a possessive ("sharing her opinion", "expressed her condolences", "her own"): a
 * word follows that can be its noun, and no verb before it takes "her" as its object ("gave her money", "let her go").
 * An object "her" is someone other than the subject; a possessive one is, in the subject's clause, the subject's.
 */
export function isPossessiveHer(text: string, start: number): boolean {
  const next = /^her\s+([a-z][a-z-]*)\b/.exec(text.slice(start, start + 40))?.[1];
  if (!next || AFTER_OBJECT_HER.has(next) || (/ly$/.test(next) && next !== 'family')) return false;
  const previous = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, start - 30), start))?.[1]?.toLowerCase();
  return previous === undefined || !OBJECT_HER_VERBS.has(previous);
}

/**
 * A preposition (or "and"), with "the", right before a name: the person named is its object or one of a pair ("at the
 * behest of Boris Johnson", "met with Smith"), not the subject that a later pronoun resumes.
 */
export const PREPOSITION_BEFORE =
  /\b(?:with|to|for|by|from|of|and|than|between|against|about|on|at|in|into|like|unlike|as|despite|besides|including|except|after|before|since|until|under|over|through|among|behind|beside|near|without|within)\s+(?:the\s+)?$/i;

/** A quoted stretch short enough to be a fragment; bounded, so that a stray quote mark costs nothing. */
const QUOTED = /["“][^"“”\n]{1,60}["”]/gu;
/** What a fragment may not hold: a sentence's end or a comma (`", Smith said, "` between two quotes), or a pronoun of anyone's, whose quote speaks of someone. */
const NOT_FRAGMENT = /[.,!?;:]|\b(?:I|me|my|we|us|our|you|your|he|him|his|she|her|they|them|their)\b/i;

/**
 * The text with each short quoted fragment (up to six words) blanked to spaces of its length ("could be "inevitable"
 * and that she"), so that a pronoun after it is read as the sentence's own: such a fragment is a word or two of the
 * subject's, not a quote whose pronouns speak of someone else.
 */
export function blankFragments(text: string): string {
  return text.replace(QUOTED, (m) => (NOT_FRAGMENT.test(m) || m.trim().split(/\s+/).length > 6 ? m : ' '.repeat(m.length)));
}

/**
 * "Dunn's mother, Charlotte Charles, said", "A Republican Assemblywoman, Jill Tolles, also commented", "a 23-year-old man
 * called Tarek", "His son, Bruce McCandless III, said" (a determiner opening the sentence): the gendered head of a description set right before the name, as its appositive (a title there may be
 * capitalised, with its party or place) or as what the name is called.
 */
const HEAD_BEFORE =
  /(?:(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)|\p{L}['’]s?)\s+(?:[\p{Ll}\d-]+\s+){0,2}?(\p{Ll}+),\s+|\b(?:A|An|a|an)\s+(?:\p{Lu}\p{Ll}+\s+)?(\p{Lu}\p{Ll}+),\s+|\b(?:a|an)\s+(?:[\p{Ll}\d-]+\s+){0,2}?(\p{Ll}+)\s+(?:called|named)\s+)$/u;

/**
 * The head noun of a description set right before the name at [start, end), looked for from `from`: its appositive
 * ("Dunn's mother, Charlotte Charles, said") or what the name is called ("a 23-year-old man called Tarek"); null if none.
 */
export function headBeforeName(text: string, from: number, start: number, end: number): { word: string; start: number } | null {
  const head = HEAD_BEFORE.exec(text.slice(from, start));
  const written = head?.[1] ?? head?.[2] ?? head?.[3];
  // An appositive closes after the name: "Dunn's mother, Charlotte Charles, said", not "his sister, Ann Lee and …".
  if (!head || !written || (head[3] === undefined && !/^,/.test(text.slice(end)))) return null;
  return { word: written.toLowerCase(), start: from + head.index + head[0].lastIndexOf(written) };
}

/** "The father said": the gender of a role noun's head word ("father", "spokeswoman"), with where it starts; or null. */
export function genderedHead(text: string, start: number, end: number): { gender: Gender; start: number } | null {
  const head = /(\p{L}+)$/u.exec(text.slice(start, end));
  const word = head?.[1]?.toLowerCase() ?? '';
  const gender = genderOfNoun(word);
  return head && gender ? { gender, start: start + head.index } : null;
}
