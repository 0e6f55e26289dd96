/**
 * "drew the conclusion that", "broke the news that", "brought attention to the fact that", "put forth the notion that": a
 * verb that is no speech verb by itself, with a noun that only announces the clause after it, reports that clause as
 * "said that" does (`He drew the conclusion that these two persons had become "the Voldemort" of almost every media outlet
 * in Hungary`, gv-hungary-oligarch-buzzword-2012-05-09; `local online edition of newspapers [es] broke the news that the
 * Cardinal … had decided not to renew …`, gv-peru-priest-gaston-garatea-banned-2012-05-21; `… and brought attention to the
 * fact that respecting human rights in his country will be fundamental …`, gv-norway-oslo-freedom-forum-latin-america-
 * 2012-05-15; `The U.S. government put forth the notion during the case that the court did not have jurisdiction …`,
 * wikinews-us-federal-judge-dismisses-targeted-killing-lawsuit-2010-12-07). The golds take the whole phrase as the cue and
 * the clause after "that" as the content. A noun with a stance of its own ("expressed a concern that", "rejected the idea
 * that") is the object's, and stays in the content: those verbs are speech verbs already.
 */
const STATED_FINDING =
  /\b(?:(?:drew|draws|draw|drawing|came\s+to|comes\s+to|reached|reaches)\s+the\s+conclusion|(?:broke|breaks|breaking)\s+the\s+news|(?:brought|brings|bringing|drew|draws|drawing|called|calls)\s+attention\s+to\s+the\s+fact|(?:put|puts|putting)\s+(?:forth|forward)\s+the\s+(?:notion|idea|argument|view)(?:\s+(?:during|in|at|before)\s+the\s+\p{Ll}+)?)(?=\s*,?\s+that\s)/gu;

/** The words STATED_FINDING turns on, one of which a sentence must hold for the phrase to be there. */
const NOUNS = /conclusion|news|fact|notion|idea|argument|view/;

/** The "drew the conclusion" phrases of a sentence before "that", each as a match whose index is a UTF-16 offset in it. */
export const statedFindingCues = (sentence: string): Array<RegExpExecArray> =>
  // Most sentences hold none of the nouns: the phrase is not looked for at every word boundary there.
  sentence.includes('that') && NOUNS.test(sentence) ? [...sentence.matchAll(STATED_FINDING)] : [];

/** Whether a cue, lower case, is such a phrase ("drew the conclusion", "broke the news"). */
export const isStatedFinding = (lower: string): boolean =>
  /\s(?:the\s+conclusion|the\s+news|attention\s+to\s+the\s+fact)$|\s(?:forth|forward)\s+the\s+(?:notion|idea|argument|view)(?:\s+\p{Ll}+\s+the\s+\p{Ll}+)?$/u.test(
    lower,
  );
