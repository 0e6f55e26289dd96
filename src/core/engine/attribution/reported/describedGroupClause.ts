import { UNAMBIGUOUS_SAYING_VERBS } from '../../lexicon/unambiguousSayingVerbs';
import { contentAfter } from './contentAfter';
import { tailOf, type ReportedCase } from './reported';
import { describedBefore } from './unnamedGroup';

/** "Another" alone opening its clause, one more of those told of before: `Another said he and his wife …`. */
const ANOTHER_SUBJECT = /(?:^|[.;:]\s+|\b(?:and|but)\s+)another\s+$/iu;

/**
 * Whether a plain verb of saying after a description of an unnamed group or of a report reports the bare clause after it,
 * read as a named speaker's verb reads it (`contentAfter.ts`): `Reports say anywhere between 100 and 1,300 people were
 * killed` (wikinews-syrian-army-bombs-damascus-suburbs-chemical-weapons-2013-08-22), `Media in the United States says a
 * suicide bomber who attacked a … base … was a Jordanian` (wikinews-suicide-bomber-us-base-afghanistan-al-qaeda-double-
 * agent-2010-01-05), `Public opinion polls say a majority of Americans believe …` (wikinews-bush-urges-us-allies-middle-
 * east-peace-talks-2008-01-06), `Another said he and his wife and been unable to vote …` (voa-cambodia-election-monitor-
 * hello-voa-2007-04-23). The description is a subject as sure as a name, so its clause needs no surer opening than a
 * name's (a present verb, an adverb of amount, a relative inside the subject); the quote stays unattributed. Not a short
 * object ("said goodbye"). `verbStart` and `verbEnd` are UTF-16 offsets into the case's block; `lower` is the verb in
 * lower case.
 */
export function describedGroupSaysClause(c: ReportedCase, verbStart: number, verbEnd: number, lower: string): boolean {
  if (c.block === 0 || !UNAMBIGUOUS_SAYING_VERBS.has(lower)) return false;
  if (!describedBefore(c, verbStart) && !ANOTHER_SUBJECT.test(tailOf(c.text, c.range.start, verbStart))) return false;
  // "Is the paper saying they are ok with …?": a question asks what was said; it reports nothing.
  if (/\?\s*["”]?\s*$/.test(c.text.slice(c.range.start, c.range.end))) return false;
  const content = contentAfter(c.text, verbEnd, c.end, lower, false, false);
  return content !== null && content.object !== true;
}
