import { isSpeechVerb } from '../../lexicon/reportingVerbs';
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

/**
 * A name (perhaps after "the" or the comma that closes the participle's phrase) and the verb that ends a colon
 * sentence: "ProPakistani narrates:", ", the Independent Post wrote:". Group 1 is the name, group 2 the verb.
 */
const MAIN_SUBJECT_AT_END = /[\s,](?:the\s+)?(\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’-]*)*)\s+(?:also\s+)?(\p{Ll}{3,})\s*:\s*$/u;

/**
 * `Reporting the opening of the internet blockage ProPakistani narrates:`, `Reporting on the suspension and subsequent
 * appointing of the tribunal, the Independent Post wrote:`, `Commenting on the judgment published by the Zambian
 * Watchdog, Sauzande wrote:` (Global Voices): a participle opening the colon sentence, `opening`, has the main clause's
 * subject (AP Stylebook, "dangling modifiers"), named right before the verb that ends the sentence: one in the present
 * tense, or a speech verb in any. `sentence` starts at `sentenceStart` of `block`; null when `opening` is no participle
 * or no person or organisation is named there.
 */
export function mainSubjectAfterParticiple(cues: CueReader, block: number, sentence: string, sentenceStart: number, opening: string): Subject | null {
  const main = /ing$/.test(opening) ? MAIN_SUBJECT_AT_END.exec(sentence) : null;
  const verb = main?.[2] ?? '';
  if (!main?.[1] || !(/s$/.test(verb) || isSpeechVerb(verb))) return null;
  const subject = cues.subjectAt(block, sentenceStart + main.index + main[0].indexOf(main[1], 1));
  return subject?.entity && subject.entity.type !== 'place' && subject.resolution === 'name' ? subject : null;
}
