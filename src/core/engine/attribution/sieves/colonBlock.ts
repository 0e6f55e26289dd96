import type { SentenceRange } from '../../../sentences';
import { isSpeechVerb } from '../../lexicon/speechVerbs';
import type { Discourse } from '../coreference';
import type { CueReader } from '../subjects';
import type { Located, Subject } from '../types';

/** The speaker a paragraph ending in a colon hands to the paragraph after it. */
export interface ColonCue {
  subject: Subject;
  cue: Located;
}

/**
 * `Ng E-Jay is unconvinced of the logic of a code:` / `And from Chairwoman Imelda Sorensen:` / `The
 * ministry said in a statement:` — a paragraph whose last sentence ends in a colon and names who speaks
 * (the subject of a speech verb, else the person or organisation the sentence opens with, or the one
 * after "from"). The paragraph set off after it is that speaker's words: a block quotation (the
 * convention of the AP Stylebook's "quotations" entry for a quote introduced by a colon). Null for a
 * colon that introduces a list or names nobody.
 */
export function colonCue(block: number, text: string, last: SentenceRange | undefined, cues: CueReader, discourse: Discourse): ColonCue | null {
  if (!last || !/:\s*$/.test(text)) return null;
  const sentence = text.slice(last.start, last.end);
  if (/["“”]/.test(sentence)) return null;
  for (const verb of [...sentence.matchAll(/\p{L}+/gu)]) {
    if (!isSpeechVerb(verb[0])) continue;
    const at = last.start + verb.index;
    const subject = cues.subjectBefore(block, at, last.start) ?? cues.subjectAt(block, at + verb[0].length + 1);
    if (subject?.entity) return { subject, cue: { block, start: Math.min(subject.ref.start, at), end: Math.max(subject.ref.end, at + verb[0].length) } };
  }
  const from = /\bfrom\s+/i.exec(sentence);
  const named = from ? cues.subjectAt(block, last.start + from.index + from[0].length) : null;
  if (named?.entity && /^[\s,.:]*$/.test(text.slice(named.ref.end)))
    return { subject: named, cue: { block, start: last.start + (from?.index ?? 0), end: named.ref.end } };
  const focus = discourse.sentenceSubject(block, text, last);
  if (!focus || focus.at.block !== block || focus.at.start > last.start + 40) return null;
  const subject: Subject = { ref: focus.at, entity: focus.entity, resolution: 'name', antecedent: null };
  return { subject, cue: { block, start: focus.at.start, end: last.end } };
}
