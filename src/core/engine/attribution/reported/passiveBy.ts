import { reportedQuote, type ReportedSieve } from './reported';

const PASSIVE = /\b(?:was|were|had been|has been|have been)\s+(?:later\s+|also\s+|then\s+|again\s+)?(?:told|informed|assured|warned|reminded)\s+by\s+/gi;

/**
 * "Bakker was later told by Eng's deputy, Oskar Lind, that the freeze could last a year": in a passive
 * cue the speaker is the agent after "by"; an appositive may stand between the agent and "that".
 */
export const passiveBy: ReportedSieve = (c) => {
  const { block, text, range, end, cues } = c;
  for (const match of text.slice(range.start, range.end).matchAll(PASSIVE)) {
    const at = range.start + match.index;
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
