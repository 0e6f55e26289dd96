import { DAY_NAMERS } from '../lexicon/dayNamers';
import { NOT_NAMES } from '../lexicon/notNames';
import { isCapitalised, type Token } from './tokens';

/** The days of the week, as a dateline-less news sentence writes them bare after its object. */
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * "A resolution passed by the European Parliament Thursday asked EU states …" (wikinews-gay-iranian-awaits-decision-
 * asylum-2008-03-14), "notified Congress Monday of its intention" (wikinews-us-to-sell-precision-guided-bombs-saudi-
 * arabia-2008-01-15), "visited the White House Monday to commemorate" (wikinews-bush-ahern-white-house-st-patricks-day-
 * 2008-03-19): American news style writes the day of an event bare after the clause's object, where British style writes
 * "on Thursday" (AP Stylebook, "days of the week"; the session 59 development half). Whether the capitalised token at `j`
 * is such a day after the name the run `words` holds, so the run ends before it and the name is found as written
 * elsewhere. Not a day a feast's word names ("Super Tuesday", `lexicon/dayNamers.ts`), one after a word no name holds ("On
 * Monday", "UTC Thursday"), nor a day a capitalised word goes on after ("Sunday Times" opens a paper's name).
 */
export function dayAfterName(text: string, tokens: ReadonlyArray<Token>, j: number, words: ReadonlyArray<string>): boolean {
  const day = tokens[j];
  const before = words.at(-1) ?? '';
  if (!day || !WEEKDAY.test(day.text) || NOT_NAMES.has(before) || DAY_NAMERS.has(before)) return false;
  const next = tokens[j + 1];
  return !next || text.slice(day.end, next.start) !== ' ' || !isCapitalised(next.text);
}
