import type { EntityIndex, FoundEntity } from '../entities/types';
import type { MentionIndex } from './mentions';
import type { Subject } from './types';

/**
 * `Valeska Paris, an Australian woman …` then `Paris claims she was …`: a surname that is also a place's name, which the
 * name pass read as the place. Once the text has named one person with that surname in full, the lone word heading a
 * cue is that person (news names a person in full once, then by surname: AP style); a place does not claim or say.
 * `place` is the entity read at `mention` (UTF-16, half-open, in `text`); null when it is no place, or its word is no
 * surname of exactly one person named before it.
 */
export function surnamedPerson(
  place: FoundEntity,
  mention: { block: number; start: number; end: number },
  text: string,
  index: EntityIndex,
  mentions: MentionIndex,
): Subject | null {
  if (place.type !== 'place') return null;
  const ref = { block: mention.block, start: mention.start, end: mention.end };
  const word = text.slice(ref.start, ref.end);
  if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(word)) return null;
  const bearers = index.entities.filter((e) => e.type === 'person' && /\s/.test(e.name) && e.name.split(/\s+/).at(-1) === word);
  const person = bearers.length === 1 ? bearers[0] : undefined;
  if (!person || !mentions.latest((e) => e === person, ref.block, ref.start)) return null;
  return { ref, entity: person, resolution: 'name', antecedent: null };
}
