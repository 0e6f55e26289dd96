import type { FoundQuote } from './types';

/**
 * A word a clause cannot end on: an auxiliary, a preposition, an article, a conjunction, a possessive. In lower case
 * only: "in May" and "Will" end clauses.
 */
const OPEN_END =
  /\b(?:was|were|is|are|be|been|being|by|of|to|the|a|an|when|because|that|and|but|or|with|for|in|on|at|from|as|had|has|have|will|would|could|should|may|might|must|can|than|into|about|its|their|his|her)$/u;

/** "that" governed by a preposition is a pronoun, so a clause may end on it: "Fitness was a big factor in that". */
const PRONOUN_THAT = /\b(?:in|of|on|at|for|with|by|to|from|about|like|than)\s+that$/u;

/**
 * A verb and the particle it takes, which a clause ends on: "have been hard to come by", "the deal was signed on", "the
 * regulator weighed in", "what the money was paid for", "how it came about".
 */
const PHRASAL_END =
  /\b(?:come|comes|came|stand|stands|stood|get|gets|got|pass|passed|go|goes|went|carry|carried|sign|signed|hold|held|weigh|weighed|chime|chimed|step|stepped|check|checked|pitch|pitched|bring|brought|pay|paid|account|accounted|care|cared|vote|voted|ask|asked|talk|talked|look|looked)\s+(?:by|on|in|about|for)$/u;

/**
 * A copula that closes an indirect question or a free relative, its complement fronted as the wh-word: "It's up to the
 * courts to decide who that would be, he said." (voa-cambodia-tribunal-indictments-hello-voa-2007-06-25), "what the
 * problem is", "wherever it may be". The clause is whole.
 */
const WH_COPULA_END =
  /\b(?:who|what|where|how|whoever|whatever|wherever|whichever)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:(?:would|will|could|should|may|might|must|can|to)\s+)?(?:be|is|are|was|were)$/u;

/**
 * Whether a reported quote is the broken-off start of a sentence whose cue interrupts it (`One child was, according to
 * the fire service, among the dead`, `Mugabe was hospitalized in Singapore for several months this year and according to
 * the Ministry of Foreign Affairs he died …`): the words before the cue end on a word no clause ends on, so the content
 * is what follows the cue. docs/annotation-guide.md gives the part before such a cue at most as `optional`. `text` is
 * the quote's paragraph.
 */
export function danglingFragment(text: string, quote: FoundQuote): boolean {
  if (quote.kind !== 'reported' || !quote.cue || quote.cue.block !== quote.block || quote.cue.start < quote.end) return false;
  const before = text.slice(quote.start, quote.end).trimEnd();
  return (
    /^[\s,]*$/u.test(text.slice(quote.end, quote.cue.start)) &&
    OPEN_END.test(before) &&
    !PRONOUN_THAT.test(before) &&
    !PHRASAL_END.test(before) &&
    !WH_COPULA_END.test(before)
  );
}
