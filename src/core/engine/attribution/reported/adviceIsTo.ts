import { ADVICE_NOUNS } from '../../lexicon/adviceNouns';
import type { Subject } from '../types';
import { reportedQuote, type ReportedSieve } from './reported';

/**
 * A sentence's opening possessive ("Her", "His", a name's "’s"), an advice noun (group 2), perhaps whom it is for ("to
 * teams getting started", at most eight words), then "is" or "was" and "to" with a verb, or "that": group 3 is where the
 * advice's own words begin. An adjective may stand before the noun ("Her main advice").
 */
const ADVICE_IS =
  /^(Her|His|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s)\s+(?:(?:best|main|key|top|chief|first|final|one)\s+)?(\p{Ll}+)(?:\s+(?:to|for)\s+(?:[\p{L}-]+\s+){0,7}?[\p{L}-]+)?\s+(?:is|was)\s+(?=(to\s+\p{Ll}|that\s))/u;

/**
 * `Her advice to teams getting started is to define the problem they are trying to solve and make sure they can show a
 * return on investment, however they define that ROI.` (usgov-gsa-chatbots-customer-experience-2021-04-07): the advice
 * a possessive gives to someone is what they said, from "to" on ("is to Z") or after "that" ("X’s advice is that Z"),
 * as a cue verb's object is (docs/annotation-guide.md, "Directive and object-noun cues"). The possessor is the person
 * "her" or "his" stands for, or the person or body whose name owns the noun; a place, or a pronoun the text ties to no
 * one, gives the words to no one.
 */
export const adviceIsTo: ReportedSieve = (c) => {
  const { block, text, range, end, cues } = c;
  const opening = ADVICE_IS.exec(text.slice(range.start, end));
  if (!opening?.[1] || !opening[2] || !opening[3] || !ADVICE_NOUNS.has(opening[2])) return null;
  const owner: Subject | null = /^(?:Her|His)$/.test(opening[1]) ? cues.possessorAt(block, range.start) : cues.subjectAt(block, range.start);
  if (!owner) return null;
  const named = owner.entity && owner.resolution === 'name' && /^['’]s$/u.test(text.slice(owner.ref.end, owner.ref.end + 2));
  if (owner.entity && owner.resolution !== 'pronoun' && !named) return null;
  if (owner.entity?.type === 'place') return null;
  const start = range.start + opening[0].length + (opening[3].startsWith('that') ? 'that'.length : 0);
  const cue = { block, start: range.start, end: range.start + opening[0].trimEnd().length };
  const quote = reportedQuote(c, owner, cue, start, end, 'reported-cue-verb');
  return quote ? [quote] : null;
};
