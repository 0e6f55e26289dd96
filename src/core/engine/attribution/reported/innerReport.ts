import { cueVerb } from './cueVerb';
import type { ReportedCase, ReportedSieve } from './reported';
import type { FoundQuote } from '../types';

/**
 * An outer cue that hands on what someone else said: "Znak.com reported its source said …", "According to
 * investigators, Zhukovskyy said …", "Residents told the press the officers claimed …", "One news site, Znak.com, claims
 * FSB sources have ascribed the explosion to terrorism" (wikinews-magnitogorsk-apartment-building-collapse-2019-01-04).
 * Not a cue of what a speaker thinks or wants ("believes", "called for"), whose content is their own stance and holds no
 * one else's words.
 */
const REPORT_CUE = /\b(?:report(?:ed|s)?|reporting|said|says|told|claim(?:ed|s)?|according\s+to)\b/i;

/**
 * The reports inside the reported quotes of one sentence: the cue-verb sieve read again over each reported quote's own
 * words, whose cue is a report, so that a speaker and a speech verb inside them make an inner reported quote of
 * their own (docs/annotation-guide.md, "A report inside a report": both the outer and the inner report are entries).
 * An inner quote lies strictly inside its outer one (core/consistency.ts allows a reported quote only there); one
 * over the very same words is left out. Offsets are UTF-16 code units of the block's text, half-open.
 */
export function innerReports(c: ReportedCase, outer: ReadonlyArray<FoundQuote>, sieve: ReportedSieve = cueVerb): Array<FoundQuote> {
  return outer.flatMap((quote) => {
    const { cue } = quote;
    if (quote.kind !== 'reported' || !cue || cue.block !== c.block || !REPORT_CUE.test(c.text.slice(cue.start, cue.end))) return [];
    const inside: ReportedCase = { ...c, range: { start: quote.start, end: quote.end }, end: quote.end };
    const found = sieve(inside) ?? [];
    return found.filter((q) => q.start >= quote.start && q.end <= quote.end && (q.start > quote.start || q.end < quote.end) && !misreadInner(c.text, q));
  });
}

/** A reflexive object opens no words said: "Ahola challenged himself to create …", "he describes himself as …". */
const REFLEXIVE = /^(?:himself|herself|themselves|itself|myself|ourselves|yourself)\b/i;

/**
 * An inner quote the sieve, reading only the outer quote's words, cut wrong: content that opens with a reflexive
 * object, or a cue set off by commas inside the outer words ("his death, they reported, was officially described as
 * viral pneumonia", fresh Wikinews, February 2020) whose content then lacks the subject before the cue; only a
 * `that` after such a cue opens a whole clause ("suggesting, experts noted, that this outbreak …").
 */
function misreadInner(text: string, inner: FoundQuote): boolean {
  if (REFLEXIVE.test(text.slice(inner.start, inner.end))) return true;
  const cue = inner.cue;
  if (!cue) return false;
  const setOff = /^\s*,/.test(text.slice(cue.end, inner.start));
  return setOff && !/\bthat\s*$/i.test(text.slice(cue.start, inner.start));
}
