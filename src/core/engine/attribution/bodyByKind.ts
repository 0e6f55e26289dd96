import { COUNTRY_BY_ADJECTIVE } from '../entities/lookups';
import { isSpeechVerb } from '../lexicon/reportingVerbs';

/**
 * A force named by its kind, perhaps after "the" or a nationality ("Iraqi military"), and the word after it (none at a
 * mark or the text's end).
 */
const BY_KIND = /^((?:[Tt]he\s+)?)((?:(\p{Lu}\p{Ll}+)\s+)?(?:[Pp]olice|[Mm]ilitary|[Aa]rmy))(?=$|[\s,.;:)—–])\s*(\p{L}+)?/u;

/**
 * Words that may follow a force named by its kind when it is the subject or the source: an auxiliary or an adverb before
 * its verb ("police have said", "police later confirmed"), or a preposition opening a time or place phrase ("according
 * to police on Thursday").
 */
const AFTER_SUBJECT = /^(?:have|has|had|were|was|are|is|will|would|could|may|might|also|later|then|earlier|initially|previously|now|still|on|in|at|from)$/;

/**
 * "Andrea Zamperoni … was discovered dead …, according to police on Thursday" (wikinews-andrea-zamperoni-found-dead-2019-08-24),
 * "The shooting began at 10:39 a.m. …, according to police, who said officers arrived …" (wikinews-gunman-opens-fire-el-
 * paso-walmart), "Seventeen rockets struck near the base, according to Iraqi military." (wikinews-no-casualties-missile-
 * strike-iraqi-air-base-2019-11-10), "The army said" (wikinews-iranian-cargo-plane-crashes-into-karaj-houses-2019-01-15): police, the
 * military or the army named only by its kind, perhaps with its nationality, is one organisation speaking, not a plural
 * group (`docs/annotation-guide.md`, "Which unnamed speakers are sources", settled on 2 December 2026), named as the text
 * writes it ("police", "Iraqi military"). Not where a noun follows that the force qualifies ("police officers said",
 * "police sources", "Police Chief Joe Huff", "military participants"): the word after must be a verb of saying, an
 * auxiliary, an adverb or a preposition, or a mark. `rest` is the block from where the speaker words start, as the
 * subject reader reads them.
 *
 * @returns the offsets in `rest` of the force's name, without "the" (UTF-16, half-open), or null when the words open on no such body.
 */
export function forceByKindAt(rest: string): { start: number; end: number } | null {
  const found = BY_KIND.exec(rest);
  if (!found) return null;
  const nationality = found[3];
  if (nationality !== undefined && !COUNTRY_BY_ADJECTIVE.has(nationality)) return null;
  const next = found[4];
  if (next !== undefined && !isSpeechVerb(next) && !AFTER_SUBJECT.test(next)) return null;
  const start = found[1]?.length ?? 0;
  return { start, end: start + (found[2]?.length ?? 0) };
}
