import { knownAsSubject } from '../knownAs';
import type { CueReader } from '../subjects';
import type { Located, Subject } from '../types';

/** Words that may open a sentence before an inverted cue ("Then added the minister:"): no subject of the verb. */
const OPENERS = /^(?:Then|And|But|Also|So|Finally|Meanwhile|Here|Now|Later|Thus)$/;

/**
 * Whether the words before a verb end in its subject: a capitalised word or a pronoun right before it (an adverb
 * between them aside). `Clemans congratulates the president:` (Global Voices, development half, "Clemans" being no name
 * the text resolves) has its subject before the verb, so the noun after it is the object, not an inverted speaker; so does a
 * relative clause's verb (`an editorial that criticized the controversial statement, saying …:`, Global Voices).
 */
function hasSubjectBefore(before: string): boolean {
  const word = /(\p{L}[\p{L}'’.-]*)\s+(?:also\s+|\p{L}+ly\s+)?$/u.exec(before)?.[1];
  return word !== undefined && !OPENERS.test(word) && (/^\p{Lu}/u.test(word) || /^(?:he|she|they|it|we|I|who|that|which)$/.test(word));
}

/**
 * The speaker named right after the verb (`said Dmitry Peskov:`, `writes Ng E-Jay, a blogger:`), only when the
 * name closes the clause: in `who says Joyce Banda has started well …:` the name opens the reported clause and
 * is what is spoken of, not who speaks. `before` runs from the sentence's start to the verb in the block's `text`, `verb`
 * is the verb's word; no speaker when the verb has its subject before it ({@link hasSubjectBefore}).
 */
export function inverted(cues: CueReader, before: Located, text: string, verb: string): Subject | null {
  if (hasSubjectBefore(text.slice(before.start, before.end))) return null;
  const at = before.end + verb.length + 1;
  // "Reported the website popularly known as ZWD among Zambian netizens:": the name a description goes by closes it,
  // or a place or group it is known among.
  const known = knownAsSubject(text, before.block, at, (b, x) => cues.subjectAt(b, x));
  if (known && /^(?:\s+(?:among|in|on|by|to)\s+[^,:;.()"“”]{1,60})?\s*[,:;.(]/.test(text.slice(known.ref.end))) return known;
  const subject = cues.subjectAt(before.block, at);
  return subject && /^\s*(?:[,:;.(]|\[|$)/.test(text.slice(subject.ref.end)) ? subject : null;
}
