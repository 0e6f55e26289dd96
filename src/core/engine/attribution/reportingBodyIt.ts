import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { MentionIndex } from './mentions';
import type { Referent } from './types';

/** A speech verb and its "that": the clause after it is what the verb's subject reported. Group 1 is the verb. */
const SPEECH_THAT = /(?<![\p{L}'’-])(\p{Ll}+)\s+that\s/gu;
/** What may stand between a subject and its speech verb: an auxiliary, "also", an adverb in -ly. */
const AUXILIARIES = /^\s+(?:(?:has|have|had|also|\p{Ll}+ly)\s+){0,2}$/u;

/**
 * The organisation an "it" inside what that organisation reported stands for: "Meanwhile, the Indian Navy has reported
 * that it encountered and destroyed what it called a pirate "mother ship" on Tuesday" (a fresh Wikinews page, November
 * 2008). The body that reports is the subject of the sentence's first "<speech verb> that", and the "it" of its own
 * complement is that body (Lee et al. 2013 resolve within the sentence first), not a body named in the sentences
 * before. Null when the pronoun is no "it", the verb's subject is no organisation the text names, or another
 * organisation or place is named between the verb and the pronoun (then "it" may be that one). `at` is the pronoun's
 * offset and `sentenceStart` its sentence's in `text`, block `block` (UTF-16 code units).
 */
export function reportingBodyIt(text: string, block: number, sentenceStart: number, at: number, mentions: MentionIndex): Referent | null {
  if (!/^it(?![\p{L}'’-])/iu.test(text.slice(at, at + 3))) return null;
  const verb = [...text.slice(sentenceStart, at).matchAll(SPEECH_THAT)].find((m) => m[1] !== undefined && isSpeechVerb(m[1]));
  if (!verb) return null;
  const verbAt = sentenceStart + verb.index;
  const named = mentions.between(block, sentenceStart, at).filter((m) => m.start >= sentenceStart && m.end <= at);
  const subject = named.find((m) => m.end <= verbAt && m.entity.type === 'organization' && AUXILIARIES.test(text.slice(m.end, verbAt)));
  if (!subject || named.some((m) => m.start > verbAt && m.entity.type !== 'person' && m.entity !== subject.entity)) return null;
  return { entity: subject.entity, at: { block, start: subject.start, end: subject.end } };
}
