import type { CueReader } from '../subjects';
import type { Subject } from '../types';

/** One capitalised word after a sentence's opening connector, before a present-tense verb: "But Phetie reminds …". */
const CONNECTED_LONE_HEAD =
  /^(?:Finally|However|Meanwhile|Also|And|But|Similarly|Likewise|Elsewhere|Then),?\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(?!is\b|was\b|has\b)\p{Ll}+s\b/du;

/**
 * The writer a colon cue names by one capitalised word after its opening connector ("But Phetie reminds critics that
 * Malawi's system of government … did not come from Malawi:"), for the block quotation after it: the entity that word
 * names, or, when it names none the text knows, an unattributed subject at the word (a blogger's handle often stands
 * alone, and the block is still a quotation; guessing a speaker is not done). `sentence` starts at `sentenceStart` of
 * `block` (UTF-16 offsets); null when the sentence does not open that way. The connector itself is never the name
 * (the titled-head rule of colonBlock.ts once read "But Phetie" as a blog's name).
 */
export function connectedHead(sentence: string, sentenceStart: number, block: number, cues: CueReader): Subject | null {
  const lone = CONNECTED_LONE_HEAD.exec(sentence)?.indices?.[1];
  if (!lone) return null;
  const ref = { block, start: sentenceStart + lone[0], end: sentenceStart + lone[1] };
  const named = cues.subjectAt(block, ref.start);
  return named?.entity && named.ref.end === ref.end ? named : { ref, entity: null, resolution: 'unattributed', antecedent: null };
}
