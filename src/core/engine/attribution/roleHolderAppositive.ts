import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';

/** A role "of", "for" or "at" a body or a person, definite or not, ending the head: "the general manager of Abu Dhabi Media" (the role's last word). */
const ROLE_OF_BODY = /(?:^|\s)(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}'’-]+\s+){0,3}?(\p{Ll}[\p{L}'’-]*)\s+(?:of|for|at)\s+(?:the\s+)?\p{Lu}[^,;:"“”]*$/u;

/**
 * "No claims of responsibility were reported yesterday, but the general manager of Abu Dhabi Media, Dr Ali bin Tamim,
 * attributed the bombing to Houthi rebels" (wikinews-mokha-yemen-bomb-kills-photojournalist-2019-01-30): a definite
 * role "of", "for" or "at" a body, its holder's name set off by commas after it (AP style), is the holder's, whatever
 * opens the clause ("but", "But"); a title may stand before the name. So is an indefinite one, and one for a person:
 * "A spokesman for Gaddafi, Moussa Ibrahim, … said" (a fresh Wikinews page, August 2011) is Ibrahim's, not Gaddafi's. The head ends at `headEnd`, the verb starts at
 * `end` (UTF-16 offsets of block `block`); null when the words are not that shape.
 */
export function roleHolderInAppositive(reader: SubjectReader, block: number, from: number, headEnd: number, end: number): Subject | null {
  const text = reader.texts[block] ?? '';
  const head = text.slice(from, headEnd);
  const role = ROLE_OF_BODY.exec(head);
  if (!role?.[1] || !PERSON_ROLE_NOUNS.includes(role[1])) return null;
  const person = reader.mentions.between(block, headEnd, end).find((m) => m.entity.type === 'person' && m.start >= headEnd);
  if (!person || !/^,\s+(?:\p{Lu}\p{Ll}{0,4}\.?\s+)?$/u.test(text.slice(headEnd, person.start)) || !/^,\s*$/.test(text.slice(person.end, end))) return null;
  return reader.subjectAt(block, person.start);
}
