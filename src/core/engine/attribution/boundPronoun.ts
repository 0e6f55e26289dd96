import { blockSentences } from '../blockSentences';
import type { FoundEntity } from '../entities/types';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { SubjectReader } from './subjectReader';
import type { Referent } from './types';
import { wordCount } from '../wordCount';

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
  if (wordCount(text, { start: sentence.start, end: opening.start }) > 3) return null;
  return { entity: opening.entity, at: { block, start: opening.start, end: opening.end } };
}

/**
 * The person a he/she at `at` (UTF-16 offset in a block) is bound to in its own sentence, before any earlier sentence
 * is looked at: the subject of the speech verb it follows ("John Key said he believes …": Key; for a "they", only a
 * country or a body), the person its sentence opens with (above), or the name it resumes ("the head of NATO, Hoop
 * Scheffer, he has explained …": Scheffer). Null when none, or when the text states another gender. Binding within the clause before the discourse
 * focus follows Hobbs's (1978) search order: the pronoun's own sentence first.
 */
export function boundPronoun(reader: SubjectReader, block: number, at: number, pronoun: string): Referent | null {
  if (!/^(?:he|she|they)$/i.test(pronoun)) return null;
  const text = reader.texts[block] ?? '';
  const before = text.slice(Math.max(0, at - 60), at);
  const verb = /(\p{L}+)\s+(?:that\s+)?$/u.exec(before);
  const verbAt = verb?.[1] && isSpeechVerb(verb[1]) ? at - verb[0].length : null;
  const speaker = verbAt === null ? null : reader.subjectBefore(block, verbAt, sentenceStartBefore(text, verbAt));
  const named = speaker?.entity && speaker.resolution === 'name' ? { entity: speaker.entity, at: speaker.ref } : null;
  // "Malaysia said they believe the debris could be from MH370" (wikinews-more-suspected-plane-debris-washes-ashore-
  // maldives-2015-08-13): a country or a body is a plural in British usage, so the "they" right after its speech verb
  // is that speaker, not the body the discourse was last about.
  if (/^they$/i.test(pronoun)) return named && (named.entity.type === 'place' || named.entity.type === 'organization') ? named : null;
  const gender = ({ he: 'male', she: 'female' } as const)[pronoun.toLowerCase() as 'he' | 'she'];
  if (!gender) return null;
  const agrees = (entity: FoundEntity) => entity.type === 'person' && (reader.genderOf(entity) ?? gender) === gender;
  if (named && agrees(named.entity)) return named;
  const governed = governingSubject(reader, block, at, agrees);
  if (governed) return governed;
  const resumed = /,\s*$/.exec(before);
  const name = resumed ? reader.mentions.between(block, Math.max(0, at - 60), at).find((m) => m.end === at - resumed[0].length) : undefined;
  if (!name || !agrees(name.entity)) return null;
  // Only a name that opens its sentence, perhaps after a description of it, is resumed: not "Speaking with reporter Peter Clottey, he said".
  const opening = text.slice(sentenceStartBefore(text, name.start), name.start);
  return /^(?:(?:And|But|So|Now)\s+)?(?:(?:the|a|an)\s+[^,;:]{1,50},\s+)?$/i.test(opening)
    ? { entity: name.entity, at: { block, start: name.start, end: name.end } }
    : null;
}
