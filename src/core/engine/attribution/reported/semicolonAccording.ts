import type { ReportedCase, ReportedSieve } from './reported';
import { insideDirect } from './reported';

/** A semicolon and an "according to" that opens the clause after it: `…; according to prosecutors, he owed …`. */
const SEMICOLON_ACCORDING = /;\s+(?:(?:and|but|yet)\s+)?according\s+to\b/gi;

/**
 * A sentence whose second clause, after a semicolon, opens with "according to", read as two: "The government suggested
 * Avenatti's debt was a factor in his decision making; according to prosecutors, he owed over $850,000 to the Internal
 * Revenue Service, …" (wikinews-avenatti-convicted-attempted-extortion-2020-02-15; docs/annotation-guide.md, "`The
 * government suggested …; according to prosecutors, …`"). A semicolon joins independent clauses (AP Stylebook,
 * "semicolon"), and each has its own source: read whole, the "according to" sieve took the sentence and the cue before
 * the semicolon was never read. `chain` is the reported sieves, each half read by the first that reads any; null when
 * the sentence has no such semicolon (outside quote marks) or neither half reports anything.
 */
export function semicolonAccording(chain: ReadonlyArray<ReportedSieve>): ReportedSieve {
  const read = (r: ReportedCase) => chain.reduce<ReturnType<ReportedSieve>>((got, sieve) => got ?? sieve(r), null) ?? [];
  return (c) => {
    const sentence = c.text.slice(c.range.start, c.end);
    const at = [...sentence.matchAll(SEMICOLON_ACCORDING)].map((m) => c.range.start + m.index).find((offset) => !insideDirect(c, offset));
    if (at === undefined || !/\p{L}/u.test(c.text.slice(c.range.start, at))) return null;
    const before: ReportedCase = { ...c, range: { start: c.range.start, end: at }, end: at };
    const after: ReportedCase = { ...c, range: { start: at + 1, end: c.range.end } };
    const found = [...read(before), ...read(after)];
    return found.length > 0 ? found : null;
  };
}
