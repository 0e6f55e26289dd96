import { insideDirect, reportedQuote, type ReportedSieve } from './reported';
import { opensBareClause } from './clauseStart';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';

const PASSIVE = /\b(?:was|were|had been|has been|have been)\s+(?:later\s+|also\s+|then\s+|again\s+)?(?:told|informed|assured|warned|reminded)\s+by\s+/gi;

/**
 * "Bakker was later told by Eng's deputy, Oskar Lind, that the freeze could last a year": in a passive
 * cue the speaker is the agent after "by"; an appositive may stand between the agent and "that".
 */
export const passiveBy: ReportedSieve = (c) => {
  const { block, text, range, end, cues } = c;
  for (const match of text.slice(range.start, range.end).matchAll(PASSIVE)) {
    const at = range.start + match.index;
    if (insideReport(text.slice(range.start, at))) return null;
    const agentAt = at + match[0].length;
    // "Eng's deputy, Oskar Lind": the name in the appositive is the agent.
    const appositive = /^[^,;:"“]{1,60},\s+/.exec(text.slice(agentAt, end));
    const named = appositive ? cues.subjectAt(block, agentAt + appositive[0].length) : null;
    const subject = named?.entity ? named : cues.subjectAt(block, agentAt);
    if (!subject) continue;
    const that = /^\s*,?\s*that\s+/.exec(text.slice(subject.ref.end, end));
    if (!that) continue;
    const quote = reportedQuote(c, subject, { block, start: at, end: subject.ref.end }, subject.ref.end + that[0].length, end, 'reported-passive');
    if (quote) return [quote];
  }
  return null;
};

/** A speech verb, a few words, then "that": the opening of a that-clause a cue reports. */
const REPORT_OPENING = /\b(\p{L}+)(?=\s+(?:[^\s,;:"“”]+\s+){0,3}?that\s)/gu;

/**
 * Whether the words before a passive cue open a report it stands inside: "French Foreign Minister Bernard Kouchner said
 * yesterday that Amuary had been warned by government officials that it would be too dangerous …" (wikinews-2008-dakar-
 * rally-cancelled-over-terrorist-threat-2008-01-05) is Kouchner's report, whole (its gold); the warning inside it is
 * the cue-verb sieve's to read, which keeps the outer report.
 */
function insideReport(before: string): boolean {
  return [...before.matchAll(REPORT_OPENING)].some((m) => isSpeechVerb(m[1] ?? '') && /^\p{Ll}/u.test(m[1] ?? ''));
}

const IT_WAS_SAID =
  /\b[Ii]t\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+|later\s+|first\s+)?(?:announced|reported|confirmed|revealed|stated|claimed|alleged|said)(?:\s+(?:on|in|at|during|earlier|later|last|this|yesterday|today)\b[^,;:"“”]{0,40}?(?=\s+(?:that|by)\b))?(?:\s+by\s+)?/g;

/** A subordinator right before "it was …": the passive stands in a clause of its own. */
const SUBORDINATE = /\b(?:after|when|before|since|as|once|because|if|although|though|while|until)\s+$/i;

/**
 * "It was announced on Monday that the plant would close", "it has been reported by the BBC that …", "it was reported Baker
 * was hospitalized": an impersonal passive reports speech; its speaker is the agent after "by" where the text names one,
 * else nobody (the quote stays unattributed, as the guide asks of hearsay with no source). Read after the final-clause
 * sieve: "It was confirmed that …, Smith said" is Smith's.
 */
export const impersonalPassive: ReportedSieve = (c) => {
  const { block, text, range, end, cues } = c;
  for (const match of text.slice(range.start, end).matchAll(IT_WAS_SAID)) {
    const at = range.start + match.index;
    if (insideDirect(c, at)) continue;
    const afterCue = at + match[0].length;
    const agent = /\s+by\s+$/.test(match[0]) ? cues.subjectAt(block, afterCue) : null;
    const from = agent ? agent.ref.end : afterCue;
    // "On September 25, it was reported Baker was hospitalized …": a clause with no "that" is what was reported too.
    const that = /^\s*,?\s*that\s+/.exec(text.slice(from, end)) ?? (!agent && opensBareClause(text, from) ? /^\s+/.exec(text.slice(from, end)) : null);
    if (!that || (/\s+by\s+$/.test(match[0]) && !agent)) continue;
    const cueEnd = from + that[0].length - (/\s+$/.exec(that[0])?.[0].length ?? 0);
    const subject = agent ?? { ref: { block, start: at, end: cueEnd }, entity: null, resolution: 'unattributed' as const, antecedent: null };
    const contentStart = from + that[0].length;
    // "After it was revealed his aide Hope Hicks tested positive …, President Trump himself … tested positive": in a clause
    // a subordinator opens, what was said ends at that clause's comma; the main clause after it is the writer's.
    const comma = SUBORDINATE.test(text.slice(range.start, at)) ? text.slice(contentStart, end).indexOf(', ') : -1;
    const quote = reportedQuote(c, subject, { block, start: at, end: cueEnd }, contentStart, comma >= 0 ? contentStart + comma : end, 'reported-passive');
    if (quote) return [quote];
  }
  return null;
};
