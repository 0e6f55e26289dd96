import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import type { CueReader } from '../subjects';
import type { ColonCue } from './colonBlock';

/**
 * A that-clause after a speech verb that runs to the colon and ends in a speech verb of its own: "… notes that Prime
 * Minister Mosisili said:". Group 1 is the clause's words before its verb, group 2 the verb; no quote mark, colon or
 * semicolon inside, and at most an adverb in -ly before the verb.
 */
const REPORTED_SPEECH_COLON = /^\s+that\s+([^:;"“”]*?)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\s*:\s*$/u;

/**
 * A that-clause that runs to the colon on a passive speech verb and its agent: "… writes that reporters were told by Tom
 * Thabane:". Group 1 is the verb; the words after the colon are the agent's, not the outer verb's subject's.
 */
const PASSIVE_AGENT_COLON = /^\s+that\s+[^:;"“”]*?\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\s+by\s+[^:;"“”]{1,80}:\s*$/u;

/** An auxiliary that makes the verb after it a passive: "was told", "were informed". */
const PASSIVE = /\b(?:was|were|is|are|been|being|be)$/i;

/**
 * The colon cue of `X notes/writes/reports that Y said:` (break31 probe on a Global Voices round-up shape: "Khotso From
 * Lesotho notes that Prime Minister Mosisili said:"): the block after the colon is what the innermost speech verb's
 * subject said, so its speaker is Y, read only inside the that-clause; when Y cannot be read (a description, a passive),
 * the block stays unattributed, never X's, who only reports it; so does a passive speech verb's agent ("… writes that
 * reporters were told by Tom Thabane:", `PASSIVE_AGENT_COLON`), whose name the that-clause does not read as a subject. `sentence` starts at `sentenceStart` of `block`;
 * `after` is where the outer speech verb ends in `sentence` (UTF-16 offsets). Null when the sentence has no such clause.
 */
export function reportedColonSpeaker(cues: CueReader, block: number, sentence: string, sentenceStart: number, after: number): ColonCue | null {
  const passive = PASSIVE_AGENT_COLON.exec(sentence.slice(after))?.[1];
  if (passive && isSpeechVerb(passive)) {
    const verbAt = sentenceStart + after + sentence.slice(after).lastIndexOf(passive);
    const ref = { block, start: verbAt, end: verbAt + passive.length };
    return { subject: { ref, entity: null, resolution: 'unattributed', antecedent: null }, cue: ref };
  }
  const clause = REPORTED_SPEECH_COLON.exec(sentence.slice(after));
  const verb = clause?.[2];
  if (!clause || !verb || !isSpeechVerb(verb)) return null;
  const verbAt = sentenceStart + after + clause[0].lastIndexOf(verb);
  const ref = { block, start: verbAt, end: verbAt + verb.length };
  const unattributed: ColonCue = { subject: { ref, entity: null, resolution: 'unattributed', antecedent: null }, cue: ref };
  // "Vishnevskii also laments that Yabloko's candidate in Omsk, Aleksandr Korotkov, has not generated more public
  // interest, saying:" (gv-russia-varlamov-omsk-campaign-failure-2012-05-04): a participle after a comma hangs on the
  // main clause, whose subject goes on speaking (null: the outer verb's cue reads it); a name inside the that-clause
  // is what is said, not who says it. When the that-clause has a speech verb of its own ("… that the minister told
  // reporters …, adding:") the participle may go on from either, and the block stays unattributed.
  if (/,\s*\p{Ll}+ing\s*:\s*$/u.test(sentence)) return innerSpeech(clause[1] ?? '') ? unattributed : null;
  const subjectStart = sentenceStart + after + clause[0].indexOf(clause[1] ?? '', clause[0].indexOf('that') + 4);
  if (PASSIVE.test((clause[1] ?? '').trim())) return unattributed;
  const subject = cues.speakerBefore(block, verbAt, subjectStart);
  if (!subject?.entity || subject.entity.type === 'place' || subject.ref.start < subjectStart) return unattributed;
  return { subject, cue: { block, start: subject.ref.start, end: verbAt + verb.length } };
}

/** Whether a that-clause's words before its participle hold a finite speech verb: "the minister told reporters". */
const innerSpeech = (words: string): boolean => (words.match(/\b\p{Ll}+\b/gu) ?? []).some((w) => !w.endsWith('ing') && isSpeechVerb(w));
