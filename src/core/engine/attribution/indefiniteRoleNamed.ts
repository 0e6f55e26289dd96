import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import type { SentenceInfo } from './types';

/**
 * "Another blogger, Ha'er fi donia Allah, tackled …", "An activist, Zeinobia, wrote …": an indefinite article (or
 * "another", "one"), up to two words and a noun opening a sentence, then a capitalised name set off by commas, then the
 * verb in lower case. Group 1 is the noun.
 */
const INDEFINITE_ROLE_NAMED = /^\s*(?:A|An|Another|One)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+),\s+\p{Lu}[^,.;:!?"“”()]{0,60},\s+\p{Ll}/u;

const ROLES: ReadonlySet<string> = new Set(PERSON_ROLE_NOUNS);

/**
 * Whether a sentence about no named person opens on a person brought in by a role noun and named after it in an
 * appositive the name pass found no one in: "Another blogger, Ha'er fi donia Allah, tackled the topic from a different
 * perspective. He was worried about …:" (gv-egypt-bloggers-react-obama-cairo-speech-2009-06-06, where the he went to
 * Sadat, named in the quotation before). That blogger is whom a he or she after it means, so the pronoun goes no further
 * back (Muzny et al. 2017: the antecedent is the previous sentence's subject).
 */
export function opensOnIndefiniteRoleNamed({ block, range, focus }: SentenceInfo, texts: ReadonlyArray<string>): boolean {
  if (focus?.entity.type === 'person') return false;
  const noun = INDEFINITE_ROLE_NAMED.exec((texts[block] ?? '').slice(range.start, range.end))?.[1];
  return noun !== undefined && ROLES.has(noun);
}
