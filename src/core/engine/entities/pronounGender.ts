import type { FoundEntity } from './types';

/** A third-person singular pronoun as a word of its own: "he's" holds "he", "there" and "other" hold none. */
const PRONOUN = /(?<![\p{L}])(he|him|his|himself|she|her|hers|herself)(?![\p{L}])/iu;

/**
 * The gender of the first he, she, his or her after offset `end` of `text`, inside its sentence: "Maria, that's her
 * name, is 56" → female, "ask Josep Maria what he's thinking" → male; null when the sentence has none, or when a
 * capitalised word comes first ("Warren commended Biden for his empathy": the pronoun may be the other name's).
 */
export function pronounGenderAfter(text: string, end: number): 'female' | 'male' | null {
  const rest = /^[^.!?]*/.exec(text.slice(end, end + 120))?.[0] ?? '';
  const found = PRONOUN.exec(rest);
  const pronoun = found?.[1]?.toLowerCase();
  if (!found || !pronoun || /\p{Lu}/u.test(rest.slice(0, found.index))) return null;
  return pronoun.startsWith('h') && pronoun !== 'her' && pronoun !== 'hers' && pronoun !== 'herself' ? 'male' : 'female';
}

/**
 * Whether the text tells a lone name, whose sentence goes on with a pronoun of one gender (at `end` of `text`), apart
 * from a person whose mentions' sentences go on with the other, and never with the first: "Maria, that's her name, is
 * 56 years-old" is not "Josep Maria … what he's thinking". Gender is read from the text only, never from the name.
 * `texts` are every block's text, which the person's mention offsets are in (UTF-16).
 */
export function toldApartByPronoun(person: FoundEntity, texts: ReadonlyArray<string>, text: string, end: number): boolean {
  const own = pronounGenderAfter(text, end);
  if (!own) return false;
  const theirs = new Set(person.mentions.map((m) => pronounGenderAfter(texts[m.block] ?? '', m.end)).filter((g) => g !== null));
  return theirs.size === 1 && !theirs.has(own);
}
