import type { Located } from '../types';

/**
 * A cue that is a relative clause set off by a comma: "Zara Kay, who identifies", "The mayor, who said"; with an
 * auxiliary or a phrase of time before the verb and a "that" after it: "Mofaz, who had at first insisted"
 * (gv-israel-mofaz-derided-unity-government-2012-05-09), "Smith, who has long said that".
 */
const RELATIVE_ASIDE_CUE =
  /,\s+who\s+(?:(?:had|has|have|was|were|is|are)\s+)?(?:(?:\p{Ll}+ly|also|once|first|at\s+first|at\s+one\s+point|long)\s+){0,2}\p{Ll}+(?:\s+that)?$/u;

/**
 * The comma that closes the relative clause, then the main clause's finite verb (an auxiliary, a past form, or a
 * present speech verb) whose subject is the name before the relative: ", had prefiously helped", ", told reporters".
 */
const MAIN_CLAUSE_AFTER_COMMA =
  /,\s+(?:also\s+|later\s+|previously\s+|\p{Ll}+ly\s+)?(?:is|was|were|are|has|had|have|will|would|could|can|did|does|says|tells|\p{Ll}{3,}ed)\b/u;

/**
 * Where the content [start, end) of a cue that is a relative clause set off by commas (`Zara Kay, who identifies
 * herself as an antithiest, had prefiously helped a Saudi teenager …`, Wikinews, "Zara Kay tells Wikinews about her
 * non-profit organisation Faithless Hijabi", 2020) should stop: at the comma that closes the relative, before the
 * main clause's verb, whose subject is the name; what she identifies herself as is "herself as an antithiest", not
 * what she did. A comma before "which" or "who" opens another aside and is passed over. UTF-16 offsets, half-open;
 * `end` when the cue is no such relative or no main verb follows a comma in the content.
 */
export function beforeMainClause(text: string, cue: Located, start: number, end: number): number {
  // The cue may hold only the verb when no reader took the name before the relative: the words before it count too.
  if (!RELATIVE_ASIDE_CUE.test(text.slice(Math.max(0, cue.start - 40), cue.end))) return end;
  const main = MAIN_CLAUSE_AFTER_COMMA.exec(text.slice(start, end));
  return main ? start + main.index : end;
}
