import { DOCUMENT_NOUNS } from '../../lexicon/documentNouns';
import { OUTLET_WORK_NOUNS } from '../../lexicon/outletWorkNouns';
import { WRITTEN_WORKS } from '../../lexicon/writtenWorks';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';

/**
 * A colon sentence's opening (after a connector) that names a piece of writing and its author: an article, up to two
 * words, the piece's noun (group 1), then "written by" or the like. The author's words start where the match ends.
 */
const AUTHORED =
  /^(?:(?:Finally|However|Meanwhile|Also|And|But|Then|Similarly),?\s+)?(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:written|authored|penned|signed)\s+by\s+/iu;

/**
 * A piece and its author closing the colon sentence: `The piece with the most views was a poem written by Suruk
 * Rodrigues:` (gv-cape-verde-creative-writing-competition-2012-05-18), the poem set off after it. Only with nothing but the
 * author's name (capitalised words) between "by" and the colon, so the author is the last thing the sentence names.
 */
const AUTHORED_LAST =
  /\b(?:a|an|the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)\s+(?:written|authored|penned)\s+by\s+(?=\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*:\s*$)/u;

/**
 * `A commentary written by Wang Lin, a law professor, in ifeng pointed out that:` (gv-china-green-dam-leaking-dam-2009-06-10):
 * a colon sentence that opens with a piece of writing and the one who wrote it sets off the writer's words, whatever stands
 * between the writer's name and the verb (an appositive, where the piece came out). docs/annotation-guide.md: a document
 * whose author the text names is the author's; so does one the piece and its author close (`AUTHORED_LAST`). The author, named (a person or a body the name pass read, never a place),
 * read from the sentence that starts at `sentenceStart` of `block`; null for any other opening.
 */
export function authoredOpening(cues: CueReader, block: number, sentence: string, sentenceStart: number): Subject | null {
  const found = AUTHORED.exec(sentence) ?? AUTHORED_LAST.exec(sentence);
  const noun = found?.[1]?.toLowerCase() ?? '';
  if (!found || ![DOCUMENT_NOUNS, WRITTEN_WORKS, OUTLET_WORK_NOUNS].some((nouns) => nouns.has(noun))) return null;
  const author = cues.subjectAt(block, sentenceStart + found.index + found[0].length);
  return author?.entity && author.entity.type !== 'place' && author.resolution === 'name' ? author : null;
}
