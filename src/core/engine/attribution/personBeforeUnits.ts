import { TITLES } from '../lexicon/titles';
import type { MentionIndex } from './mentions';

/** The words of the titles written before a name ("Maj.", "Gen.", "Command", "Sgt."). */
const TITLE_WORDS = new Set(TITLES.flatMap((title) => title.split(' ')));
/** How many comma-set segments (a title and units) may stand between the person and the appositive that ends the head. */
const MOST_SEGMENTS = 3;

/**
 * The person at the head of a run of a title and units set off by commas, before the appositive that ends a subject:
 * U.S. military and government style names a speaker by rank and name, then the title and each unit between commas
 * ("Col. Chuck Masaracchia, commander, 2nd Brigade Combat Team, 1st Armored Division, said", the style of army.mil and DVIDS
 * usage). `head` is the subject with its last appositive cut off, starting at `from` in block `block` (UTF-16 code
 * units); the head cut back to the person's name is returned, or null when the run holds another person or the
 * segment before it is more than a name and its rank ("Unlike Smith, the ministry, …": the body stays the subject).
 */
export function personBeforeUnits(head: string, block: number, from: number, mentions: MentionIndex): string | null {
  let rest = head;
  for (let segments = 0; segments < MOST_SEGMENTS; segments++) {
    const segment = /,\s+([^,;:"“”]{2,120})$/u.exec(rest);
    if (!segment) return null;
    const segmentStart = from + segment.index;
    const inSegment = mentions.between(block, segmentStart, from + rest.length);
    if (inSegment.some((m) => m.entity.type === 'person')) return null;
    rest = rest.slice(0, segment.index);
    const end = from + rest.length;
    const person = mentions.between(block, from, end).find((m) => m.entity.type === 'person' && m.end === end);
    if (person) return onlyRank(rest.slice(rest.lastIndexOf(',') + 1, Math.max(0, person.start - from))) ? rest : null;
  }
  return null;
}

/** Whether the words before a name in its segment are titles only, or none ("Maj. Gen." of "Maj. Gen. Robert Abrams"). */
function onlyRank(words: string): boolean {
  return words
    .split(/\s+/u)
    .filter((word) => word !== '')
    .every((word) => TITLE_WORDS.has(word));
}
