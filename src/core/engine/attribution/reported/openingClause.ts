import { opensClause } from './clauseStart';
import { insideDirect, type ReportedCase } from './reported';

/**
 * A conjunction that opens a sentence with a subordinate clause of time, contrast or cause. Not "as", whose clause
 * is the cue alone ("As Heald told The Huffington Post, US surface ozone has dropped …": what was said is the main
 * clause), nor "if", whose clause is a condition the writer sets.
 */
const OPENING_SUBORDINATOR = /^\s*(?:When|While|Whilst|Whereas|Although|Though|Even\s+though|After|Before|Once|Since|Until|Because)\s/;

/**
 * Where reported content [start, stop) ends when its cue stands in a subordinate clause that opens the sentence: at
 * the comma after which the main clause begins. `While many Twitter users admitted that there was a problem with
 * harassment in Yemen, the percentage quoted in the newspaper divided them` (gv-yemen-sexual-harassment-al-hayat-figure-2012-05-06)
 * reports only `there was a problem with harassment in Yemen`; `When Representative Kweisi Mfume … announced his
 * resignation in 1995, Cummings joined the race …` (wikinews-elijah-cummings-dies-2019-10-18) only `his resignation in
 * 1995`. A comma closes an introductory clause (AP Stylebook, "comma"), and the main clause after it is the writer's;
 * a comma before a relative clause or a phrase ("…, which …", "…, winning …") is no such end, nor one inside a direct
 * quote of the sentence `c`. No comma may stand between the sentence's start and `cueStart`, where the cue's subject
 * begins (the cue belongs to the opening clause). Offsets are UTF-16 into `c.text`, half-open; `stop` when nothing applies.
 */
export function openingClauseEnd(c: ReportedCase, cueStart: number, start: number, stop: number): number {
  const lead = c.text.slice(c.range.start, cueStart);
  if (!OPENING_SUBORDINATOR.test(lead) || /[,;:"“”]/.test(lead)) return stop;
  for (let at = c.text.indexOf(',', start); at >= 0 && at < stop; at = c.text.indexOf(',', at + 1))
    if (!insideDirect(c, at) && opensClause(c.text, at + 1)) return at;
  return stop;
}
