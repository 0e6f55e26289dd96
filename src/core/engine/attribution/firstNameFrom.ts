import { isFirstName } from '../lexicon/firstNames';
import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';

/**
 * A given name alone opening the speaker words, then "from", "of" or "at" and the place or body the person belongs to:
 * "Cristina from ESFM Caracollo in the Department of Oruro said:" (Global Voices, "Bolivia: Web 2.0 Workshops for Aymara
 * School Teachers", May 2012, fresh text). Group 1 is the given name. Global Voices names a workshop participant or a
 * commenter by their given name only; what follows the preposition says where they are from.
 */
const GIVEN_NAME_FROM = /^(\p{Lu}\p{Ll}+)\s+(?:from|of|at)\s+[^,;:"“”()]{1,120}$/u;

/**
 * The person a given name alone opening the speaker words [from, end) of `block` names (`GIVEN_NAME_FROM`), as written,
 * when the name pass took no entity there and the name is a common given name (`isFirstName`); null otherwise. The body
 * or place after the preposition, which the speaker words end with, does not speak.
 */
export function givenNameFrom(reader: SubjectReader, block: number, from: number, end: number): Subject | null {
  const text = reader.texts[block] ?? '';
  const words = text.slice(from, end);
  const start = from + (words.length - words.trimStart().length);
  const found = GIVEN_NAME_FROM.exec(text.slice(start, end).trimEnd());
  const name = found?.[1];
  if (!name || !isFirstName(name)) return null;
  // The sentence opens with the name: words before it would make it an object or part of a longer phrase.
  if (!/(?:^|[.!?:]["”’]?\s+)$/u.test(text.slice(0, start))) return null;
  if (reader.mentions.between(block, start, start + name.length).length > 0) return null;
  return reader.handleSource(block, start, start + name.length, 'person');
}
