/**
 * "made it clear that", "makes clear that", "made it very clear that": a speaker's stated position, reported as "said
 * that" is (docs/annotation-guide.md counts a stated position with its clause). The whole phrase is the cue, so the
 * content starts at "that".
 */
const MADE_CLEAR = /\b(?:made|makes|make|making)\s+(?:it\s+)?(?:very\s+|quite\s+|abundantly\s+|perfectly\s+)?clear(?=\s*,?\s+that\s)/gu;

/** The "made it clear" phrases of a sentence before "that", each as a match whose index is a UTF-16 offset in it. */
export const madeClearCues = (sentence: string): Array<RegExpExecArray> =>
  // Without "clear" and "that" the phrase cannot be there: it is not looked for at every word boundary.
  sentence.includes('clear') && sentence.includes('that') ? [...sentence.matchAll(MADE_CLEAR)] : [];

/** Whether a cue, lower case, is such a phrase ("made it clear"). */
export const isMadeClear = (lower: string): boolean => /^(?:made|makes|make|making)\s[\p{L}\s]*clear$/u.test(lower);
