import { CITIZEN_ROLES } from '../lexicon/citizenRoles';
import { genderOfNoun } from '../lexicon/genderedNouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import type { Gender } from './gender';
import type { SentenceInfo } from './types';

/**
 * An indefinite article, "one" or "another" opening a sentence (after a connective and its comma or not), then up to
 * three words and the head noun, then what may follow a subject's head: a preposition, "who", a comma, or a verb.
 * Group 1 is the words between the article and the verb or preposition, the last of them the head: "A blogger in
 * Cairo tackled", "One resident was", "Another commenter, writing on …,".
 */
const INDEFINITE_PERSON_OPENING =
  /^\s*(?:(?:Meanwhile|However|Later|Then|Still|Instead|Elsewhere|Separately|Earlier|In turn|In response),\s+)?(?:A|An|One|Another)\s+((?:[\p{L}-]+\s+){0,3}?\p{Ll}[\p{Ll}-]+)(?:\s+(?:in|at|from|of|on|for|near|with|who|living|based|was|is|had|has|did|does|says|said|wrote|told|\p{Ll}{2,}ed|\p{Ll}{2,}s(?=\s+(?:a|an|the|that|to|his|her|its|their|on|in|for|with|of|by|at)\b))\b|,)/u;

/** The words before the head that make the opening no description of one person: a number, a determiner, a plural's quantifier. */
const NOT_A_MODIFIER = /^(?:of|the|this|that|these|those|his|her|their|its|our|my|your|few|number|lot|couple|group|series|pair|and|or)$/i;

const PERSON_NOUNS: ReadonlySet<string> = new Set([...PERSON_ROLE_NOUNS, ...CITIZEN_ROLES]);

/** The gender a noun of a person states by itself ("woman", "fisherman", "spokeswoman"), or null. */
function nounGender(noun: string): Gender | null {
  return genderOfNoun(noun) ?? (noun.endsWith('woman') ? 'female' : noun.endsWith('man') ? 'male' : null);
}

/**
 * Whether a sentence about no named person opens on one the text brings in by a description with "a", "one" or
 * "another" and does not name: "A blogger in Cairo tackled the topic from a different perspective. He said …", "One
 * resident was not impressed. He said …", "A local fisherman watched the speech." (the shape of "Another blogger, …,
 * tackled the topic …. He was worried …:", gv-egypt-bloggers-react-obama-cairo-speech-2009-06-06, where the he went to
 * a man named before). That person is the subject of the previous sentence, the antecedent a he or she of `gender` after
 * it prefers (Muzny et al. 2017), so the pronoun goes no further back, to a name past it; it stays unattributed. A noun
 * that states the other gender ("A woman …. He said") stands in no he's way.
 */
export function opensOnIndefinitePerson({ block, range, focus }: SentenceInfo, gender: Gender, texts: ReadonlyArray<string>): boolean {
  if (focus?.entity.type === 'person') return false;
  const words = INDEFINITE_PERSON_OPENING.exec((texts[block] ?? '').slice(range.start, range.end))?.[1]?.split(/\s+/);
  const head = words?.at(-1);
  if (!words || !head || !PERSON_NOUNS.has(head) || words.slice(0, -1).some((w) => NOT_A_MODIFIER.test(w))) return false;
  const stated = nounGender(head);
  return stated === null || stated === gender;
}
