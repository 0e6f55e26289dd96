import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import type { FoundQuote } from '../types';
import type { ReportedCase } from './reported';

/** A relative clause on a source right after it: " who reported that ", ", which also said that ". Group 1 is the verb. */
const SOURCE_RELATIVE = /^,?\s+(?:who|which)\s+(?:also\s+|had\s+|has\s+)?(\p{Ll}+)\s+that\s+/u;

/**
 * The that-clause of a relative clause on the source of a trailing "according to": "Bermuda was rarely hit by hurricanes
 * according to CNN who reported that over the last century, only 21 hurricanes reached within 100 miles of the islands"
 * (wikinews-hurricane-humberto-category-3-bermuda-2019-09-19; docs/annotation-guide.md, "`according to X who reported that
 * Y`"): two reports of the same source, the clause before "according to" and the that-clause, which runs to the
 * sentence's end. The new quote takes the outer quote's speaker and reading, its cue running from "according to" to the
 * relative verb. Only after a source the engine named, and a verb of speech. Offsets are UTF-16, into the block.
 */
export function sourceRelativeReports(c: ReportedCase, outer: ReadonlyArray<FoundQuote>): Array<FoundQuote> {
  return outer.flatMap((quote) => {
    const { cue } = quote;
    if (quote.kind !== 'reported' || !cue || cue.block !== c.block || quote.speaker === null || quote.end > cue.start) return [];
    if (!/^according\s+to\b/i.test(c.text.slice(cue.start, cue.end))) return [];
    const m = SOURCE_RELATIVE.exec(c.text.slice(cue.end, c.end));
    if (!m || !isSpeechVerb(m[1] ?? '')) return [];
    const start = cue.end + m[0].length;
    let end = c.end;
    while (end > start && /[\s,.;:—–-]/.test(c.text[end - 1] ?? '')) end--;
    if (c.text.slice(start, end).split(/\s+/).length < 3 || c.directs.some((d) => d.open < end && d.end > start)) return [];
    const verb = m[1] ?? '';
    const cueEnd = cue.end + m[0].indexOf(verb) + verb.length;
    return [{ ...quote, start, end, cue: { block: c.block, start: cue.start, end: cueEnd } }];
  });
}
