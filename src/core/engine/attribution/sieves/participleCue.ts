import type { CueReader } from '../subjects';
import type { Subject } from '../types';

/**
 * Whether the speech verb at `at` is a participle after a comma whose speaker read back from it (the words before it,
 * `lead`) is the object of a preposition (`Haiti Chery, meanwhile, spared a thought for Trayvon Martin's mom,
 * explaining:`): the participle's subject is the sentence's, not that noun.
 */
export const participle = (sentence: string, at: number, lead: string | null) =>
  lead !== null && /,\s*$/.test(sentence.slice(0, at)) && /^\p{L}+ing\b/u.test(sentence.slice(at)) && PREPOSITION_BEFORE.test(lead);

const PREPOSITION_BEFORE = /\b(?:for|to|with|at|on|of|about|by|from|against|in|into|over|toward|towards)\s+(?:the\s+)?$/i;

/** The speaker the sentence opens with (after an opening adverb), or null. */
export function openingSubject(cues: CueReader, block: number, text: string, start: number): Subject | null {
  const lead = /^\s*(?:(?:Finally|However|Meanwhile|Also|And|But|Then|Similarly|Likewise),?\s+)?/.exec(text.slice(start))?.[0] ?? '';
  return cues.subjectAt(block, start + lead.length);
}
