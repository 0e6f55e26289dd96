import { blockSentences } from '../blockSentences';
import type { FoundEntity } from '../entities/types';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { SubjectReader } from './subjectReader';
import type { Referent } from './types';

/** Where the sentence holding `at` starts, as far as a full stop before it tells. */
const sentenceStartBefore = (text: string, at: number) => {
  const stop = text.lastIndexOf('. ', at);
  return stop < 0 ? 0 : stop + 2;
};

/**
 * "NASA astronaut Donald R. Pettit claims the title … when he observed …": a he/she opening a clause of its sentence
 * ("when", "as", "because" …) is the person the sentence opens with, when that person agrees and no other person is
 * named between them. Null otherwise.
 */
function governingSubject(reader: SubjectReader, block: number, at: number, agrees: (entity: FoundEntity) => boolean): Referent | null {
  const text = reader.texts[block] ?? '';
  if (!/\b(?:when|as|after|before|because|while|since|although|though|until|once|if)\s+$/i.test(text.slice(Math.max(0, at - 12), at))) return null;
  const sentence = blockSentences(reader.texts)[block]?.find((r) => r.start <= at && at < r.end);
  if (!sentence) return null;
  const people = reader.mentions.between(block, sentence.start, at).filter((m) => m.end <= at && m.start >= sentence.start && m.entity.type === 'person');
  const opening = people[0];
  if (!opening || !agrees(opening.entity) || people.some((m) => m.entity !== opening.entity)) return null;
  // The person must open the sentence, perhaps after a description ("NASA astronaut"), not sit in a phrase after it.
  if (text.slice(sentence.start, opening.start).split(/\s+/).filter(Boolean).length > 3) return null;
  return { entity: opening.entity, at: { block, start: opening.start, end: opening.end } };
}

/**
 * The person a he/she at `at` (UTF-16 offset in a block) is bound to in its own sentence, before any earlier sentence
 * is looked at: the subject of the speech verb it follows ("John Key said he believes …": Key), the person its
 * sentence opens with (above), or the name it resumes ("the head of NATO, Hoop Scheffer, he has explained …":
 * Scheffer). Null when none, or when the text states another gender. Binding within the clause before the discourse
 * focus follows Hobbs's (1978) search order: the pronoun's own sentence first.
 */
export function boundPronoun(reader: SubjectReader, block: number, at: number, pronoun: string): Referent | null {
  const gender = ({ he: 'male', she: 'female' } as const)[pronoun.toLowerCase() as 'he' | 'she'];
  if (!gender) return null;
  const text = reader.texts[block] ?? '';
  const before = text.slice(Math.max(0, at - 60), at);
  const agrees = (entity: FoundEntity) => entity.type === 'person' && (reader.genderOf(entity) ?? gender) === gender;
  const verb = /(\p{L}+)\s+(?:that\s+)?$/u.exec(before);
  if (verb?.[1] && isSpeechVerb(verb[1])) {
    const verbAt = at - verb[0].length;
    const speaker = reader.subjectBefore(block, verbAt, sentenceStartBefore(text, verbAt));
    if (speaker?.entity && speaker.resolution === 'name' && agrees(speaker.entity)) return { entity: speaker.entity, at: speaker.ref };
  }
  const governed = governingSubject(reader, block, at, agrees);
  if (governed) return governed;
  const resumed = /,\s*$/.exec(before);
  const named = resumed ? reader.mentions.between(block, Math.max(0, at - 60), at).find((m) => m.end === at - resumed[0].length) : undefined;
  if (!named || !agrees(named.entity)) return null;
  // Only a name that opens its sentence, perhaps after a description of it, is resumed: not "Speaking with reporter Peter Clottey, he said".
  const opening = text.slice(sentenceStartBefore(text, named.start), named.start);
  return /^(?:(?:And|But|So|Now)\s+)?(?:(?:the|a|an)\s+[^,;:]{1,50},\s+)?$/i.test(opening)
    ? { entity: named.entity, at: { block, start: named.start, end: named.end } }
    : null;
}
