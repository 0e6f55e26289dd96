/**
 * Nouns that name someone by their part in the story rather than by a job, and that the role lists leave out because
 * they do not stand for a speaker alone: set off by a comma before a name they make it a person's ("Jangeli's Sudanese
 * counterpart, Deng Alor", "One suspect, Vinod Mistri, was arrested", "press freedom award winner, Eskinder Nega,").
 * Lower case.
 */
export const SET_OFF_ROLE_NOUNS: ReadonlySet<string> = new Set(['counterpart', 'suspect', 'winner', 'laureate', 'nominee', 'successor', 'predecessor']);
