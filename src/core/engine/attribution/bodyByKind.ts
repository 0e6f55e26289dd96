import { isSpeechVerb } from '../lexicon/reportingVerbs';

/** A bare "police", perhaps after "the", and the word after it (none at a mark or the text's end). */
const BARE_POLICE = /^((?:[Tt]he\s+)?)([Pp]olice)(?=$|[\s,.;:)—–])\s*(\p{L}+)?/u;

/**
 * Words that may follow a force named by its kind when it is the subject or the source: an auxiliary or an adverb before
 * its verb ("police have said", "police later confirmed"), or a preposition opening a time or place phrase ("according
 * to police on Thursday").
 */
const AFTER_SUBJECT = /^(?:have|has|had|were|was|are|is|will|would|could|may|might|also|later|then|earlier|initially|previously|now|still|on|in|at|from)$/;

/**
 * "Andrea Zamperoni … was discovered dead …, according to police on Thursday" (wikinews-andrea-zamperoni-found-dead-2019-08-24),
 * "The shooting began at 10:39 a.m. …, according to police, who said officers arrived …" (wikinews-gunman-opens-fire-el-
 * paso-walmart): a public body named only by its kind is one organisation speaking, not a plural group
 * (`docs/annotation-guide.md`, "Which unnamed speakers are sources", settled on 2 December 2026), named as the text writes
 * it ("police"). Not where a noun follows that the force qualifies ("police officers said", "police sources", "Police
 * Chief Joe Huff"): the word after must be a verb of saying, an auxiliary, an adverb or a preposition, or a mark. `rest`
 * is the block from where the speaker words start, as the subject reader reads them.
 *
 * @returns the offsets in `rest` of the word "police" (UTF-16, half-open), or null when the words open on no such body.
 */
export function policeByKindAt(rest: string): { start: number; end: number } | null {
  const found = BARE_POLICE.exec(rest);
  if (!found) return null;
  const next = found[3];
  if (next !== undefined && !isSpeechVerb(next) && !AFTER_SUBJECT.test(next)) return null;
  const start = found[1]?.length ?? 0;
  return { start, end: start + (found[2]?.length ?? 0) };
}
