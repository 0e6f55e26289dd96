import { APPEAL_NOUNS } from '../../lexicon/appealNouns';
import { reportedQuote, type ReportedSieve } from './reported';

/**
 * A group's appeals, by their owner, opening the sentence, then "include" and what they ask for: `Their demands have
 * included dissolving Parliament, appointing an election committee …, and a clear date set for new elections`
 * (wikinews-no-casualties-missile-strike-iraqi-air-base-2019-11-10), `Protesters' demands include investigation of
 * alleged police violence …` (wikinews-hong-kong-protesters-surround-police-complex-2019-06-23). Group 1 is the owner
 * (a possessive pronoun, or a plural's or a name's possessive), group 2 the appeal noun.
 */
const APPEALS_INCLUDE =
  /^((?:Their|His|Her|Its)|(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{L}+(?:s['’]|['’]s))\s+(\p{Ll}+)\s+(?:(?:have|has|had)\s+)?(?:also\s+)?(?:include|includes|included)\s+/u;

/**
 * What a group's demands, calls or requests "include" is what the group asked for in words, as the object of "called
 * for" is (docs/annotation-guide.md, "Directive and object-noun cues"): the words after "include" to the sentence's end.
 * The owner is the cue's subject; it is left unattributed, as an unnamed group's call is (no reader resolves a possessive
 * here), and the cue runs from the owner to "include".
 */
export const appealsInclude: ReportedSieve = (c) => {
  const { block, text, range, end } = c;
  const m = APPEALS_INCLUDE.exec(text.slice(range.start, end));
  if (!m || !APPEAL_NOUNS.has(m[2] ?? '') || !(m[2] ?? '').endsWith('s')) return null;
  const owner = { block, start: range.start, end: range.start + (m[1]?.length ?? 0) };
  const subject = { ref: owner, entity: null, resolution: 'unattributed' as const, antecedent: null };
  const cue = { block, start: range.start, end: range.start + m[0].trimEnd().length };
  const quote = reportedQuote(c, subject, cue, range.start + m[0].length, end, 'reported-cue-verb', true);
  return quote ? [quote] : null;
};
