import { openingWriter } from '../loneWriterName';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';

/** One capitalised word after a sentence's opening connector, before a present-tense verb: "But Phetie reminds …". */
const CONNECTED_LONE_HEAD =
  /^(?:Finally|However|Meanwhile|Also|And|But|Similarly|Likewise|Elsewhere|Then),?\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)\s+((?!is\b|was\b|has\b)\p{Ll}+s)\b/du;

/**
 * The writer a colon cue names by one capitalised word after its opening connector ("But Phetie reminds critics that
 * Malawi's system of government … did not come from Malawi:"), for the block quotation after it: the entity that word
 * names, else the user name it is when the article writes the word nowhere as a name's part or a common word
 * (`loneWriterName.ts`, as "Harutizwi asks …:" is read), else an unattributed subject at the word (the block is still a
 * quotation; guessing a speaker is not done). `sentence` starts at `sentenceStart` of
 * `block` (UTF-16 offsets); null when the sentence does not open that way. The connector itself is never the name
 * (the titled-head rule of colonBlock.ts once read "But Phetie" as a blog's name).
 */
export function connectedHead(sentence: string, sentenceStart: number, block: number, cues: CueReader): Subject | null {
  const found = CONNECTED_LONE_HEAD.exec(sentence)?.indices;
  const lone = found?.[1];
  const verb = found?.[2];
  if (!lone || !verb) return null;
  const ref = { block, start: sentenceStart + lone[0], end: sentenceStart + lone[1] };
  const named = cues.subjectAt(block, ref.start);
  if (named?.entity && named.ref.end === ref.end) return named;
  // A user name no pass found, written nowhere else as a name's part or a common word, is the writer's.
  const writer = openingWriter(cues, block, sentenceStart, sentenceStart + verb[0]);
  return writer?.entity && writer.ref.start === ref.start ? writer : { ref, entity: null, resolution: 'unattributed', antecedent: null };
}
