import { ROLE_WORDS } from '../entities/lookups';
import { AFFILIATION, personAfterVerb, subjectFrom } from './clauseSubject';
import type { MentionIndex } from './mentions';
import type { Subject } from './types';

/**
 * A role after an inverted speech verb, then a comma: "the project manager, ", "Ingenuity’s project manager, ",
 * "Curiosity’s project scientist, ", "his father, ", "the government's lawyer, ", "a witness, ". An article (the definite
 * one with a possessor after it), a possessive pronoun or a capitalised possessor, then up to four lower-case words.
 */
const ROLE_THEN_COMMA =
  /^(?:the\s+(?:\p{Ll}[\p{L}-]*[’']s\s+)?|(?:his|her|their|its|an?|one|another)\s+|\p{Lu}[\p{L}.-]*[’']s\s+)((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+),\s+$/u;
/** The name ends its clause: the sentence's end, a comma, a bracket or a dash. */
const CLAUSE_END = /^\s*(?:[,.;!?)—–]|$)/u;

/**
 * `“…,” said Ingenuity’s project manager, Teddy Tzanetos of NASA JPL.`: an inverted cue whose subject is a role set
 * off from the person who holds it by a comma (AP style's appositive, after the verb). The person speaks, not the
 * role: the subject is the person named right after the comma, its words starting at `at`. Null unless the words from
 * `at` to the name are an article or a possessor and a role ending in a role word, and the name ends its clause or is
 * followed by where the person works. Offsets are UTF-16, half-open, in `text`. Observed on real news: NASA's Mars
 * helicopter and rover releases; `“…,” said his father, Abdullah Kurdi, following the ceremony.` (fresh Wikinews page, where
 * "his father" was taken for the son the sentence before named); an indefinite description is the same appositive (`said a
 * witness, Sergeant First Class Michael Marciello,`, the shape of wikinews-veteran-sergeant-us-torture-coverup-2004-12-08).
 */
export function roleAppositiveAt(
  text: string,
  block: number,
  at: number,
  mentions: MentionIndex,
  subjectAt: (block: number, at: number) => Subject | null,
): Subject | null {
  // The possessor may be a mention of its own ("Curiosity’s"): the role's words, matched below, hold no other name.
  const person = personAfterVerb(mentions, block, at, 100);
  if (!person) return null;
  const role = ROLE_THEN_COMMA.exec(text.slice(at, person.start));
  if (!role?.[1] || !ROLE_WORDS.has(role[1].split(/\s+/).at(-1) ?? '')) return null;
  const after = text.slice(person.end);
  // Or where the person works follows the name ("of NASA JPL").
  if (!CLAUSE_END.test(after) && !AFFILIATION.test(after)) return null;
  const named = subjectAt(block, person.start);
  return named?.entity?.type === 'person' ? subjectFrom(named, at) : null;
}
