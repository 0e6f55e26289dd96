/** A relative word, then the words up to the mark: the clause whose subject may be another speaker. */
const RELATIVE = /\b(?:that|which|whom)\s+/gu;

/**
 * A relative clause's own subject (not a pronoun, which may mean the speaker, nor a verb's auxiliary), its verb and object,
 * then "as" right before the mark, with no clause punctuation or passive on the way: "member states saw as a".
 */
const SUBJECT_VERB_AS =
  /^(?!(?:he|she|it|they|we|I|you|is|was|are|were|has|have|had|will|would|can|could|may|might|also)\b)(?:[\p{L}'’.-]+\s+){2,8}as(?:\s+(?:a|an|the))?\s*$/u;

/** A passive or a copula in the clause: "which was seen as", "that is regarded as" tell no one's view but the writer's. */
const BE = /\b(?:is|was|are|were|be|been|being)\b/u;

/**
 * Whether `between`, the words from a cue verb to a quote's opening mark, hold a relative clause with a subject of its
 * own that puts the quoted words as a name to something: "The United Nations criticized North Korea over the weekend for
 * a satellite launch that member states saw as a "provocative" move" (Wikinews, "China, UN rebuke North Korea for rocket
 * launch", 2012, fresh text). The words are that subject's ("member states"), not the cue verb's subject's.
 */
export function relativeSubjectAs(between: string): boolean {
  const last = [...between.matchAll(RELATIVE)].at(-1);
  if (!last) return false;
  const rest = between.slice((last.index ?? 0) + last[0].length);
  // "described information such as that released today as "…"": a participle after "that" makes it a pronoun, no relative.
  if (/^\p{L}+(?:ed|ing|ly)\s/u.test(rest)) return false;
  return !/[,;:()—–"“”]/u.test(rest) && !BE.test(rest) && SUBJECT_VERB_AS.test(rest);
}
