/**
 * "were quick to point out that", "was careful to note that", "is at pains to stress that": an eagerness (or care) to
 * say something, then the plain form of a speech verb that has no plain form among the reporting verbs (a plain "note"
 * or "add" is as often a noun or another verb) and a that-clause, reports the clause as "pointed out that" does
 * (`Other users, however, were quick to point out that Khinshtein is citing anti-extremism laws …`,
 * gv-russia-duma-deputy-extremist-tweets-2012-05-15). The whole phrase from the copula is the cue, so that the subject
 * before it is the speaker; the content starts at "that".
 */
const QUICK_TO =
  /\b(?:is|are|was|were|been)\s+(?:(?:also|always|very|rather|equally)\s+)?(?:quick|swift|keen|eager|careful|at\s+pains)\s+to\s+(?:point\s+out|note|add|stress|emphasi[sz]e|insist|argue|observe|remind\s+\p{Ll}+|underline|highlight)(?=\s*,?\s+that\s)/gu;

/** The words of eagerness or care QUICK_TO turns on, as written in it. */
const EAGER = /quick|swift|keen|eager|careful|pains/;

/** The "quick to point out" phrases of a sentence before "that", each as a match whose index is a UTF-16 offset in it. */
export const quickToCues = (sentence: string): Array<RegExpExecArray> =>
  // Most sentences hold neither "that" nor an eagerness word: the phrase is not looked for at every word boundary there.
  sentence.includes('that') && EAGER.test(sentence) ? [...sentence.matchAll(QUICK_TO)] : [];

/** Whether a cue, lower case, is such a phrase ("were quick to point out"). */
export const isQuickTo = (lower: string): boolean =>
  /^(?:is|are|was|were|been)\s+(?:[\p{L}\s]*\s)?(?:quick|swift|keen|eager|careful|pains)\s+to\s/u.test(lower);
