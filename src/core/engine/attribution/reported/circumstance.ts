import { opensClause, opensClauseAfterComma } from './clauseStart';

/**
 * Words that open a phrase of time, place or medium after a speech verb: `at a press conference`, `in May`, `earlier`;
 * and of the age or capacity the content is told of: `said as a teenager she was forced into an abusive marriage`
 * (wikinews-brother-of-qandeel-baloch-sentenced-to-life-2019-09-30); a deadline, `by` a clock time, a day or "the end":
 * `The city estimated by 9 pm, there would be enough pressure …` (fresh Wikinews, White Plains water main, August 2020),
 * never `by` an agent. "this" opens one only before a word of time (`said this week …`): "claiming this would stem illegal
 * immigration" (wikinews-sixteen-states-sue-trump-border-emergency-2019-02-21) is a clause whose subject "this" is.
 */
const OPENS_PHRASE =
  /^\s+(?!at\s+(?:least|most)\b|in\s+(?:all|total)\b|on\s+average\b)(?:(?:on|in|at|during|via|through|after|before|following|last|earlier|late|early)\s|this\s+(?=(?:week|weekend|month|year|morning|afternoon|evening|night|time|past|coming|season|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|as\s+(?=an?\s)|by\s+(?=\d|the\s+end\b|(?:noon|midnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|(?:earlier|later|yesterday|today|recently|previously|again|separately)\s+(?=\S))/i;
/**
 * Words a phrase's next word depends on, so a clause cannot start right after them: `with Rolling Stone`, `the U.S.`;
 * every preposition, so that a name a preposition takes is not read as the clause's subject: `announced on Friday the
 * second presidential debate between Donald Trump and Joe Biden has been cancelled` (wikinews-second-biden-trump-debate-
 * cancelled-2020-10-12) said nothing of "Donald Trump and Joe Biden".
 */
const BINDS_NEXT =
  /^(?:on|in|at|during|via|through|after|before|following|of|to|for|from|with|by|about|between|among|amongst|against|into|onto|upon|over|under|within|without|across|along|around|behind|beyond|toward|towards|near|amid|despite|including|like|than|per|versus|and|or|so|as|if|because|since|until|unless|though|although|the|a|an|its|his|her|their|our|this|last|next|early|late)$/i;
/** Words that end the phrase: a clause of its own starts (`on the matter — which the BBC noted …`, `on the reason why it is …`). */
const ENDS_PHRASE = /^(?:that|which|who|whom|whose|why|how|what|where|when|whether|while)$/i;
/** "that" as a word among the next eight words (read in place, without splitting the rest of the paragraph). */
const THAT_SOON = /^\s*(?:\S+\s+){0,7}?\S*?\bthat\b/;
/** A phrase is a few words: `in a financial filing to the U.S. Securities and Exchange Commission` is ten. */
const MOST_WORDS = 12;

/**
 * Where a clause with no "that" starts after a phrase of time, place or medium set between a speech verb and it
 * (`said at a press conference yesterday morning the gun laws should be changed`, `said in May the AfCFTA might be …`,
 * `said in an interview with Rolling Stone he was open to …`, `announced on Wednesday the monarch butterfly population
 * … was …`), at `at` (the verb's end): the first word after the phrase's opening word that no word before it binds and
 * that opens a clause with a verb of its own; null when there is none. News writing drops "that" after a speech verb
 * and may put when and where it was said first (AP Stylebook, "that (conjunction)"). Offsets are UTF-16.
 */
export function pastCircumstance(text: string, at: number): number | null {
  const opening = OPENS_PHRASE.exec(text.slice(at));
  if (!opening) return null;
  const phrase = text.slice(at + opening[0].length, at + opening[0].length + 400);
  let previous = opening[0].trim().split(/\s+/).at(-1) ?? '';
  const offset = at + opening[0].length;
  for (const word of phrase.matchAll(/\S+/g)) {
    const start = offset + word.index;
    const token = word[0];
    const sameName = /^\p{Lu}/u.test(previous) && /^\p{Lu}/u.test(token);
    // The clause's offset is where its leading space starts, as after a cue verb.
    // "said late on Tuesday no personnel would …": a clause opening with "no" is read whole, phrase and all, as before.
    if (/^no$/i.test(token)) return null;
    // "said on the radio station the council runs that prices would rise": a "that" still to come is the clause's.
    const that = THAT_SOON.test(text.slice(start, start + 400));
    if (!BINDS_NEXT.test(previous) && !sameName && !that && opensClause(text, start - 1)) return text.slice(0, start).trimEnd().length;
    // "said on Saturday, about 20 buildings collapsed": a comma may close the phrase before the clause.
    if (/^[^,;:"“”()—–]+,$/.test(token) && !BINDS_NEXT.test(token.slice(0, -1)) && opensClauseAfterComma(text, start + token.length))
      return start + token.length;
    // A phrase ends at punctuation, a dash, a quotation, a relative or its word limit: what follows is no longer where
    // or when.
    if (/[,;:"“”()—–]/.test(token) || ENDS_PHRASE.test(token) || text.slice(at, start).split(/\s+/).length > MOST_WORDS) return null;
    previous = token;
  }
  return null;
}
