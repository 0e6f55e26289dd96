import type { CueReader } from '../subjects';
import type { ColonCue } from './colonBlock';

/**
 * `And from Chairwoman Imelda Sorensen:`: a colon sentence that ends on the person or body named after "from" hands
 * the paragraph after it to them (the AP Stylebook's block quotation introduced by a colon). `text` is the paragraph,
 * block `block`; `sentence` is its last sentence, starting at `sentenceStart`. Null when nothing but punctuation may
 * follow the name and it does not, or when the name is a place ("… did not come from Malawi:" says where something
 * comes from); a person's own place after the name still closes the sentence ("From Erich Jao of the Philippines:").
 */
export function fromSpeaker(cues: CueReader, block: number, text: string, sentence: string, sentenceStart: number): ColonCue | null {
  const from = /\bfrom\s+/i.exec(sentence);
  const named = from ? cues.subjectAt(block, sentenceStart + from.index + from[0].length) : null;
  const rest = text
    .slice(named?.ref.end ?? 0)
    .replace(named?.entity?.type === 'person' ? /^\s+(?:of|from|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u : /^$/, '');
  if (named?.entity && named.entity.type !== 'place' && /^[\s,.:]*$/.test(rest))
    return { subject: named, cue: { block, start: sentenceStart + (from?.index ?? 0), end: named.ref.end } };
  return null;
}
