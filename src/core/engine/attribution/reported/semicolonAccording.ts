import type { ReportedCase, ReportedSieve } from './reported';
import { insideDirect } from './reported';
import { isClauseSpeechVerb, midSentenceCueEnd } from './midCue';
import { isFramingVerb } from './objectFrame';
import { describedToTheEnd } from './accordingTo';

/**
 * The semicolon (a UTF-16 offset in the block) after a first clause whose cue is set between commas and goes on (`midCue.ts`),
 * when the clause after it has a speech verb of its own: "Already-queued orders won't leave idle capacity for some years,
 * Maróth said, and paying back this loan seems realistic; unnamed industry experts called this dubious to Népszava, …"
 * (wikinews-hungarian-state-firm-acquires-hirtenberger-defence-2019-11-07). Each clause has its own voice; read whole, the
 * final-clause sieve took the sentence and the experts' words were never read. Undefined otherwise.
 */
function cueSetOffBefore(c: ReportedCase, sentence: string): number | undefined {
  const semicolon = sentence.indexOf('; ');
  if (semicolon <= 0 || insideDirect(c, c.range.start + semicolon)) return undefined;
  const after = sentence.slice(semicolon + 2).match(/\p{L}+/gu) ?? [];
  return after.some((w) => isClauseSpeechVerb(w) || isFramingVerb(w)) && midSentenceCueEnd(sentence.slice(0, semicolon)) !== null
    ? c.range.start + semicolon
    : undefined;
}

/** A semicolon and an "according to" that opens the clause after it: `…; according to prosecutors, he owed …`. */
const SEMICOLON_ACCORDING = /;\s+(?:(?:and|but|yet)\s+)?according\s+to\b/gi;

/**
 * "…; according to Joe Anderson, the mayor of Liverpool." (wikinews-liverpool-carpark-fire-destroys-1300-vehicles-2018-
 * 01-03): only the source and its description follow the semicolon, no clause with a verb of its own, so the semicolon
 * stands where a comma would, and the source trails the clause before it (`accordingTo.ts`). `rest` starts at the semicolon.
 */
function sourceOnlyAfter(rest: string): boolean {
  const described = /^;\s+according\s+to\s+[^,;:"“”()]{1,60}?(,.*)$/su.exec(rest)?.[1];
  return described !== undefined && describedToTheEnd(described);
}

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
    const at =
      [...sentence.matchAll(SEMICOLON_ACCORDING)]
        .filter((m) => !sourceOnlyAfter(sentence.slice(m.index)))
        .map((m) => c.range.start + m.index)
        .find((offset) => !insideDirect(c, offset)) ?? cueSetOffBefore(c, sentence);
    if (at === undefined || !/\p{L}/u.test(c.text.slice(c.range.start, at))) return null;
    const before: ReportedCase = { ...c, range: { start: c.range.start, end: at }, end: at };
    const after: ReportedCase = { ...c, range: { start: at + 1, end: c.range.end } };
    const found = [...read(before), ...read(after)];
    return found.length > 0 ? found : null;
  };
}
