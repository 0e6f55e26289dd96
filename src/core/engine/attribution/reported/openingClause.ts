import { CLAUSE_REACH, opensClause } from './clauseStart';
import { insideDirect, type ReportedCase } from './reported';

/**
 * A conjunction that opens a sentence with a subordinate clause of time, contrast or cause. Not "as", whose clause
 * is the cue alone ("As Heald told The Huffington Post, US surface ozone has dropped …": what was said is the main
 * clause), nor "if", whose clause is a condition the writer sets.
 */
const OPENING_SUBORDINATOR = /^\s*(?:When|While|Whilst|Whereas|Although|Though|Even\s+though|After|Before|Once|Since|Until|Because)\s/;

/**
 * A main clause whose subject is a bare noun phrase of two or three words, then an auxiliary or a past in -ed: `price
 * indexing is inevitable` (wikinews-bush-social-security-price-indexing-2005-01-04), `early August debate centered around
 * the postal service` (wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30). `opensClause` reads only a determiner,
 * a pronoun or a name there. Not a preposition's phrase, a conjunction or a relative, nor an adverb in -ly ("early" and its kin are adjectives) before a
 * participle (`the plan, once widely praised, …` describes, and the content goes on).
 */
const BARE_MAIN_CLAUSE =
  /^\s+(?!(?:and|or|but|nor|so|then|which|who|whose|where|when|while|as|if|that|in|on|at|of|for|with|by|from|to|into|after|before)\b)(?:(?!(?!(?:early|daily|weekly|monthly|yearly|elderly)\s)\p{L}+ly\s)\p{L}[\p{L}'’-]*\s+){2,3}(?:is|are|was|were|has|have|had|will|would|could|can|should|must|may|might|\p{Ll}{3,}ed)\b/u;

/** A nickname in quote marks between the words of a name: `Thomas K. “Ken” Mattingly`, `Edwin E. “Buzz” Aldrin`. */
const NICKNAME = /(?<=\p{Lu}[\p{L}.]*\s)["“]\p{Lu}\p{Ll}+["”](?=\s\p{Lu})/gu;

/**
 * The text with each nickname inside a name blanked to spaces of its length, so that offsets stay as they were and the
 * name reads as the subject of the clause it opens: in `When Anders announced that he would retire from NASA in August
 * 1969 to join the National Space Council, Thomas K. “Ken” Mattingly began training in parallel with Anders …` (NASA,
 * "55 Years Ago: Six Months Until the Moon Landing") the main clause begins at the comma.
 */
const withoutNicknames = (text: string) => text.replace(NICKNAME, (nickname) => ' '.repeat(nickname.length));

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
  // Only the stretch the loop reads is blanked, with room before it for a nickname's initial: blanking the whole block
  // for each of its sentences made a long paragraph of such sentences quadratic.
  const from = Math.max(0, start - 40);
  const text = withoutNicknames(c.text.slice(from, stop + CLAUSE_REACH));
  for (let at = text.indexOf(',', start - from); at >= 0 && at + from < stop; at = text.indexOf(',', at + 1))
    if (!insideDirect(c, at + from) && (opensClause(text, at + 1) || BARE_MAIN_CLAUSE.test(text.slice(at + 1, at + 1 + CLAUSE_REACH)))) return at + from;
  return stop;
}
