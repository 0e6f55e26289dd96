import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { VIEW_NOUNS } from '../../lexicon/viewNouns';
import { accordingSource, sourceSpeaker } from './accordingSource';
import { clauseEnd } from './clauseEnd';
import { hasClause } from './notACue';
import { insideDirect, reportedQuote, type ReportedSieve } from './reported';

/** A sentence's opening "In the <noun> of|by|from ", with one modifier before the noun ("In a situational report of"). */
const IN_THE_NOUN_OF = /^In\s+(?:the|a|an)\s+(?:([\p{Ll}-]+)\s+)?(\p{Ll}+)\s+(?:of|by|from)\s+(?=\p{L})/u;

/**
 * A finding the clause reports with a subject of its own: "In an analysis of Twitter, researchers at Indiana University
 * found that …" names what was analysed, and the researchers are the source.
 */
const OWN_FINDING = /\b(?:found|finds|find|showed|shows|show|discovered|discovers|determined|determines)\s+that\b/u;

/**
 * "In the analysis of the German Institute for Economic Research, the high costs and technical challenges render the
 * project unrealistic." (wikinews-greek-pm-eastmed-pipeline-open-2020-01-10), "In a situational report of NDRRMC,
 * Wednesday's tremor damaged 143 buildings …" (wikinews-aftershocks-philippines-earthquake-death-toll-2019-10-22): a
 * sentence opening with a source's view, analysis or report names that source for the clause after its comma, as
 * "According to X," does (docs/annotation-guide.md, "Documents, studies, teams, unnamed groups"). Only a source the
 * text names by name, set off by a comma of its own, and a clause with no speech verb after it, which would be a cue of
 * its own ("In the view of the court, the judge said …"); "In the course of the investigation," names no view.
 */
export const inViewOf: ReportedSieve = (c) => {
  const { block, text, range, end } = c;
  const opening = IN_THE_NOUN_OF.exec(text.slice(range.start, end));
  if (!opening || !VIEW_NOUNS.has(opening[2] ?? '') || insideDirect(c, range.start)) return null;
  const sourceAt = range.start + opening[0].length;
  const found = accordingSource(c, sourceAt);
  if (!found || found.resolution !== 'name' || found.entity === null || found.entity.type === 'place') return null;
  const subject = sourceSpeaker(c, found, sourceAt);
  const comma = /^\s*,\s+/.exec(text.slice(subject.ref.end, end));
  if (!comma || subject.ref.end < found.ref.end) return null;
  const contentStart = subject.ref.end + comma[0].length;
  const stop = clauseEnd(text, contentStart, end);
  const content = text.slice(contentStart, stop);
  if (!hasClause(content) || OWN_FINDING.test(content) || [...content.matchAll(/\p{L}+/gu)].some((w) => isSpeechVerb(w[0]))) return null;
  const quote = reportedQuote(c, subject, { block, start: range.start, end: subject.ref.end }, contentStart, stop, 'reported-according-to');
  return quote ? [quote] : null;
};
