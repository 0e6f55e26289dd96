import { PUBLISHING_VERB } from '../../lexicon/publishingVerbs';
import { callPutOut } from './callPutOut';
import type { ReportedSieve } from './reported';

/**
 * A piece of writing or broadcast its subject put out ("signed an open letter", "released a new audio tape", "ran
 * television ads", "left a comment"), then a participle of a call or a charge right after its noun: "urging", "calling
 * for", "calling on", "asking for", "demanding", "accusing". Only verbs of putting a piece out: one received ("received a
 * LinkedIn message inviting him …") is another's words (lexicon/publishingVerbs.ts). Group 1 is the participle.
 */
const WRITTEN_APPEAL = new RegExp(
  String.raw`\b(?:${PUBLISHING_VERB})\s+(?:(?:a|an)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:letter|petition|message|comment|tape|recording|video|resolution|statement|motion|ads?|advertisements?|editorial)\s+(urging|calling\s+(?:for|on)|asking\s+for|demanding|accusing)\s+(?=\p{L})`,
  'u',
);

/**
 * A call or a charge told by a participle after the piece that carries it is reported speech of the one who put the piece
 * out, as "called for" or "urged … to" is (docs/annotation-guide.md, "Directive and object-noun cues"): `At the newsportal
 * Gaboneco [Fr], a Gabonese reader named Ogwera left a comment asking for democratic elections:` (gv-gabon-bloggers-omar-
 * bongo-death-2009-06-08), `Over 100 Republican national security experts signed an open letter urging Republican officials
 * to push the president to concede the election.` (wikinews-gsa-begins-presidential-transition-biden-2020-11-26), `Osama bin
 * Laden has released a new audio tape calling for a "holy war" against Israel …` (wikinews-israeli-palestinian-conflict-
 * day-20-2009-01-14), `State television flashed a message urging citizens not to allow rebels to hide on their rooftops.`
 * (wikinews-libya-rebels-edge-closer-tripoli-2011-08-21), `… when he ran television ads accusing then-presidential
 * candidate George W. Bush of abusing cocaine and alcohol.` (wikinews-birther-king-announces-2016-campaign-2015-08-16). The
 * content is what follows the participle up to the first comma, semicolon or colon; the speaker is the subject before the
 * verb as the subject reader reads it, a person or an organisation, and is left unattributed otherwise ("Romanian
 * lawmakers … passed a resolution calling on the government to …"). The sentence's other cues are still read by `cueVerb`.
 */
export const writtenAppeal: ReportedSieve = (c) => {
  const { text, range, end } = c;
  const sentence = text.slice(range.start, end);
  const m = /(?:urging|calling|asking|demanding|accusing)\s/.test(sentence) ? WRITTEN_APPEAL.exec(sentence) : null;
  if (!m || m[1] === undefined) return null;
  const verbAt = range.start + m.index;
  return callPutOut(c, verbAt, verbAt + m[0].length, (named) => named.entity?.type === 'person' || named.entity?.type === 'organization');
};
