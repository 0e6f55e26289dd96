/**
 * Nouns for what a person counsels others to do, which a possessive names as theirs and "is to …" or "is that …" spells
 * out: "Her advice to teams getting started is to define the problem …" (usgov-gsa-chatbots-customer-experience-
 * 2021-04-07). Lower case, singular: the possessor's one piece of advice, said to someone (attribution/reported/
 * adviceIsTo.ts).
 */
export const ADVICE_NOUNS: ReadonlySet<string> = new Set(['advice', 'recommendation', 'message', 'suggestion', 'counsel', 'tip']);
