/**
 * Forms of "ask" and "urge", which direct someone with a that-clause in the subjunctive as with an object and "to": "She
 * asked that the government of Yemen begin its proposed ten-point program …" (wikinews-international-conference-agrees-
 * plan-yemen-terror-2010-01-27), "made an appeal asking that the hostages be released" (wikinews-romanian-government-asks-
 * kidnappers-release-journalist-2005-04-30). The clause's base-form verb has no mark of a clause (notACue.ts `hasClause`).
 */
const MANDATING = /^(?:ask|asks|asked|asking|urge|urges|urged|urging)$/;

/** "that", then a word a clause's subject opens with: not "asked that question", where "that" is a determiner. */
const MANDATE_THAT = /^\s+that(?=\s+(?:(?:the|a|an|all|its|his|her|their|this|these|those)\b|\p{Lu}))/u;

/**
 * How many UTF-16 code units of `after` (the words right after the verb `lower`, lower case) the "that" of a mandate takes,
 * spaces included; 0 when the verb directs with no that-clause here.
 */
export const mandateThat = (lower: string, after: string): number => (MANDATING.test(lower) ? (MANDATE_THAT.exec(after)?.[0].length ?? 0) : 0);
