/**
 * A clause with no "that" whose subject is a determined noun phrase right before its auxiliary: "By 5:00 pm EDT (2100 UTC)
 * the city issued an advisory of water outages and stated the Department of Public Works (DPW) had located the problem"
 * (wikinews-water-main-bursts-white-plains-2020-08-13). After "and", a past speech verb shares its clause's subject only
 * with a clause after it (clauseStart.ts, `pastSpeech`); "the" and a noun phrase then an auxiliary show one. Not when a
 * determiner, a pronoun or a relative word comes again before the auxiliary: "explained the steps their customers would
 * take", "noted the changes the council had made" have an object with a clause of its own.
 */
const DETERMINED_SUBJECT =
  /^\s+the\s+(?:(?!(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|he|she|they|we|it|you|I|which|who|whom|what|and|or|but|to|for|with)\b)[\p{L}\d()'’.-]+\s+){0,6}?(?:had|has|have|was|were|is|are|would|will|could|can|should|must|may|might)\s+(?!to\b)[\p{L}]/u;

/** Whether the words at `at` (a UTF-16 offset into `text`) open a clause whose subject "the" opens (`DETERMINED_SUBJECT`). */
export const opensDeterminedClause = (text: string, at: number): boolean => DETERMINED_SUBJECT.test(text.slice(at, at + 200));
