import { ROLE_WORDS, TITLE_WORDS } from '../entities/lookups';
import { SET_OFF_ROLE_NOUNS } from '../lexicon/setOffRoleNouns';
import { AFFILIATION, personAfterVerb, subjectFrom } from './clauseSubject';
import type { MentionIndex } from './mentions';
import type { Subject } from './types';

/**
 * A role after an inverted speech verb, then a comma: "the project manager, ", "Ingenuity’s project manager, ",
 * "Curiosity’s project scientist, ", "his father, ", "the government's lawyer, ", "a witness, ". An article (the definite
 * one with a possessor after it), a possessive pronoun or a capitalised possessor, then up to four words, lower case or a
 * capitalised modifier ("Jangeli's Sudanese counterpart, "); "one of the" before a plural role ("one of the judges, ");
 * or a bare role with the body it serves ("spokesperson for the United Nations High Commissioner for Human Rights, ",
 * "Chinese Ambassador to India, ").
 * Title words may stand between the comma and the name ("one of the judges, Lord Justice Maurice Kay"). Groups: 1 "one
 * of …", 2 the opener, 3 the role, 4 its body, 5 the title words.
 */
const ROLE_THEN_COMMA =
  /^(?:(one\s+of\s+(?:the|his|her|their|its)\s+)|(the\s+(?:\p{Ll}[\p{L}-]*[’']s\s+)?|(?:his|her|their|its|an?|one|another)\s+|\p{Lu}[\p{L}.-]*[’']s\s+))?((?:(?:[\p{Ll}-]+|\p{Lu}\p{Ll}+)\s+){0,3}?(?:[\p{Ll}-]+|\p{Lu}\p{Ll}+))(\s+(?:of|for|to|at)\s+[^,;:"“”()]{2,80})?,\s+((?:\p{Lu}[\p{L}.]*\s+){0,3})$/u;

/** Whether a role's words end in a role noun: a plural one after "one of" ("one of the judges"). */
function endsInRole(words: string, oneOf: boolean): boolean {
  const head = (words.split(/\s+/).at(-1) ?? '').toLowerCase();
  const isRole = (w: string) => ROLE_WORDS.has(w) || SET_OFF_ROLE_NOUNS.has(w);
  if (!oneOf) return isRole(head);
  return /s$/.test(head) && (isRole(head.slice(0, -1)) || (/es$/.test(head) && isRole(head.slice(0, -2))));
}

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
  const [, oneOf, opener, words, body, titles = ''] = role ?? [];
  if (!words || !endsInRole(words, oneOf !== undefined)) return null;
  // A bare role needs the body it serves after it: "said spokesperson for …, Name", never "said Tuesday, Name".
  if (oneOf === undefined && opener === undefined && body === undefined) return null;
  if (
    !titles
      .trim()
      .split(/\s+/)
      .every((w) => w === '' || TITLE_WORDS.has(w))
  )
    return null;
  const after = text.slice(person.end);
  // Or where the person works follows the name ("of NASA JPL").
  if (!CLAUSE_END.test(after) && !AFFILIATION.test(after)) return null;
  const named = subjectAt(block, person.start);
  return named?.entity?.type === 'person' ? subjectFrom(named, at) : null;
}
