import type { NamedEnding } from './namedBefore';
import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';

/** A clause's opening, perhaps with up to three title words before a name (`Journalist`, `Radio host`). */
const OPENING_TITLE = /(?:^|[.!?:;,—–]\s*|\b(?:and|but|as|while)\s+)(?:[\p{L}'’.-]+\s+){0,3}$/u;

/**
 * `Katya Albiter from Vivir México said the following …:` (Global Voices, Mexico, May 2012): a name right after another
 * person's name and "from" or "at" is where that person writes or works, whatever the name pass took it for (a blog's
 * title reads like a person's name); the person before it speaks. Null when no person's name ends right before the
 * preposition or the words before that person are not the sentence's opening (`a comment from Soledad Jarquin` is no
 * one's affiliation).
 */
export function personFromPerson(reader: SubjectReader, at: NamedEnding): Subject | null {
  const { block, from, named } = at;
  if (named.entity.type !== 'person') return null;
  const text = reader.texts[block] ?? '';
  const preposition = /\s+(?:from|at)\s+$/.exec(text.slice(Math.max(from, named.start - 8), named.start));
  if (!preposition) return null;
  const person = reader.mentions
    .between(block, from, named.start)
    .find((m) => m.entity.type === 'person' && m.entity !== named.entity && m.end === named.start - preposition[0].length);
  if (!person || !OPENING_TITLE.test(text.slice(from, person.start))) return null;
  return reader.subjectAt(block, person.start);
}
