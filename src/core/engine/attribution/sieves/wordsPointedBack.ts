import { blockSentences } from '../../blockSentences';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { attributeCase, type DirectSieve } from './direct';

/**
 * The phrase opening a sentence that points back at the quotation before it: "With those words, ". Not "After those
 * remarks, ": what comes after someone's words is often another's answer ("After those remarks, Governor Doe replied …").
 */
const BACK_AT_WORDS = /^With\s+(?:those|these)\s+(?:words|remarks)\s*,\s*/;

/**
 * `“Houston, we are returning to Earth!” With those words, Stafford announced that the TEI … had succeeded.` (NASA, "55
 * Years Ago: Two Months Until the Moon Landing", not in the corpus): a quotation that is a sentence of its own, with no
 * cue, is the words of the person the next sentence of its paragraph opens on, after "With those words," (or "these
 * words", "those remarks"), as the subject of a speech verb: the demonstrative refers back to the quotation (Quirk et
 * al. 1985, anaphoric "those"). Abstains when the subject is no person or no speech verb follows it at once.
 */
export const wordsPointedBack: DirectSieve = (c) => {
  const { block, text, range, direct, cues } = c;
  if (direct.close === null || !/^[\s"“]*$/.test(text.slice(range.start, direct.open))) return null;
  if (!/^[”"’.!?,\s]*$/.test(text.slice(direct.close + 1, range.end))) return null;
  const next = blockSentences(cues.texts)[block]?.find((r) => r.start >= range.end);
  const lead = next && BACK_AT_WORDS.exec(text.slice(next.start, next.end));
  if (!next || !lead) return null;
  const subject = cues.subjectAt(block, next.start + lead[0].length);
  if (subject?.entity?.type !== 'person') return null;
  const verb = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(text.slice(subject.ref.end, next.end));
  if (!verb?.[1] || !isSpeechVerb(verb[1])) return null;
  return attributeCase(c, subject, { block, start: next.start, end: subject.ref.end + verb[0].length }, 'trailing-cue');
};
