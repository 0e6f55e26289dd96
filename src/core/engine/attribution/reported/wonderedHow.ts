import { hasClause } from './notACue';

/**
 * "wondered", "wonders": a verb that otherwise only introduces a direct question (`quoteOnlyVerbs.ts`); and the forms of
 * "ask", whose indirect question after a question word is what was asked as one after "whether" is (`Bangkok Pundit asks
 * why a senior citizen with cancer was viewed by the state as threat to national security`, gv-thailand-akong-dies-in-
 * prison-2012-05-12; `Students also asked where Lt. Gen. Walker thinks future conflicts may arise`, usgov-army-arcic-
 * director-army-in-transition-2013-04-23).
 */
const WONDERING = /^(?:wondered|wonders|asked|asks|ask|asking)$/;
/** A question word opening an indirect question: "how the suicide bomber went unnoticed". */
const QUESTION_WORD = /^\s+(?:how|why|whether|if|what|who|where|when)\s+\p{L}/u;

/**
 * Whether "wondered" or "wonders" (`word` as written) reports an indirect question in the words `after` it: `Mohammed
 * wondered how the suicide bomber went unnoticed:` (gv-yemen-sanaa-suicide-blast-unification-anniversary-2012-05-22).
 * The question, from its question word on, is the content; it needs a clause of its own ("wondered why not" reports
 * nothing).
 */
export const wondersWhether = (word: string, after: string): boolean =>
  WONDERING.test(word.toLowerCase()) && QUESTION_WORD.test(after) && hasClause(after.replace(QUESTION_WORD, ' '));
