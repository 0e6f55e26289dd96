import type { Located } from '../attribution/types';

/**
 * "The study was a collaborative project between Neil Hammerschlag of the Rosenstiel School … and Chris Fallows of
 * Apex Shark Expeditions" (wikinews-great-white-shark-disappears-sevengill-moves-in-2019-02-16): the people a study is
 * said to be the work of, named in the same sentence after "between", are its researchers, who speak from knowledge
 * (`docs/annotation-guide.md`, "Sources": "researcher"), whatever body each comes from.
 */
const STUDY_BETWEEN =
  /\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:new\s+)?(?:study|research|paper|survey)\s+(?:was|is)\s+(?:a\s+)?(?:collaborative\s+(?:project|effort)|collaboration|joint\s+(?:project|effort|study))\s+between\s+[^.;:"“”]*$/u;

/**
 * The expert a study's "collaboration between" makes of a mention named after it in its sentence (UTF-16 offsets,
 * half-open, in its block `text`), with the mention and what follows it up to its comma as evidence; null otherwise.
 */
export function typeFromStudyPartner(text: string, mention: Located): { type: 'expert'; evidence: Located } | null {
  if (!STUDY_BETWEEN.test(text.slice(Math.max(0, mention.start - 300), mention.start))) return null;
  const of = /^\s+of\s+[^,;.()"“”]{2,80}?(?=\s*[,;.()]|\s+and\s|$)/u.exec(text.slice(mention.end, mention.end + 100));
  return { type: 'expert', evidence: { ...mention, end: mention.end + (of?.[0].length ?? 0) } };
}
