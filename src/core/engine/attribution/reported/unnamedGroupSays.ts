import { FOUND_TO_BE_VERBS } from '../../lexicon/foundToBeVerbs';
import { OBJECT_SPEECH_VERBS } from '../../lexicon/objectSpeechVerbs';
import { pastAsides, pastListener } from './betweenCueAndContent';
import { opensClause } from './clauseStart';
import { claimsResponsibility } from './responsibility';
import { namedBodyAt } from './namedBodySubject';
import type { ReportedCase } from './reported';
import { describedBefore } from './unnamedGroup';

/**
 * Whether a speech verb with no "that" reports the clause after it though no one the text names is its subject: a
 * plural or collective description begins the clause (`Police said over a hundred people attended …`, `The family
 * said they planned …`, `Neighbors told CBS station KDKA-TV the area …`), the convention for unnamed and group sources
 * in news writing (AP Stylebook, "anonymous sources"). The quote stays unattributed, as with "that"
 * (`unnamedMaySpeak`). Offsets are UTF-16, into the block's text; `lower` is the verb in lower case.
 */
export function unnamedGroupSays(c: ReportedCase, verbStart: number, verbEnd: number, lower: string): boolean {
  const { text, range } = c;
  // "Developers expressed a strong desire …": a verb that takes what was said as its object reads no clause here.
  if (!(describedBefore(c, verbStart) || namedBodyAt(c, verbStart, lower) !== null) || OBJECT_SPEECH_VERBS.has(lower)) return false;
  // "Is the paper saying they are ok with …?": a question asks what was said; it reports nothing.
  if (/\?\s*["”]?\s*$/.test(text.slice(range.start, range.end))) return false;
  // "The Yemen-based Houthi movement claimed responsibility for the attacks": a claim of responsibility is a group's word
  // that it did it (docs/annotation-guide.md, "Directive and object-noun cues").
  if (claimsResponsibility(lower, text.slice(verbEnd))) return true;
  const listener = pastListener(text, pastAsides(text, verbEnd, lower), lower);
  if (listener === null) return false;
  // "Neighbors told CBS station KDKA-TV that the area …": "that" after the listener.
  const that = /^\s*that(?=\s)/.exec(text.slice(listener));
  return opensClause(text, listener + (that?.[0].length ?? 0)) || (FOUND_TO_BE_VERBS.has(lower) && NAMED_TO_BE.test(text.slice(listener, listener + 120)));
}

/**
 * A name, then "to be" or "to have been" and a word: ` Hamza bin Laden to be dead` of `multiple news outlets reported Hamza
 * bin Laden to be dead citing sources …` (wikinews-trump-says-hamza-bin-laden-killed-2019-09-17), a clause reported with
 * its subject as the verb's object. Short lower-case particles may stand inside the name ("bin", "al", "de").
 */
const NAMED_TO_BE = /^\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}{2,3}(?=\s+\p{Lu}))){0,4}\s+to\s+(?:be|have\s+been)\s+\p{Ll}/u;
