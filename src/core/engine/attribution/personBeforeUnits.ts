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
    if (!person) continue;
    const segmentOpen = rest.lastIndexOf(',') + 1;
    const before = rest.slice(segmentOpen, Math.max(segmentOpen, person.start - from));
    // "U.S. Army Col. Bill Burleson": the service the name pass read stands before the person ("Col." is in the name).
    const service = mentions
      .between(block, from + segmentOpen, person.start)
      .some((m) => m.entity.type === 'organization' && before.trim() === rest.slice(m.start - from, m.end - from));
    return service || onlyRank(before) ? rest : null;
  }
  return null;
}

/**
 * Whether the words before a name in its segment are a rank or none: capitalised words ending in a title word ("Maj.
 * Gen." of "Maj. Gen. Robert Abrams", "U.S. Army Col." of "U.S. Army Col. Bill Burleson", DVIDS usage), not an
 * opening phrase ("Unlike").
 */
function onlyRank(words: string): boolean {
  const split = words.split(/\s+/u).filter((word) => word !== '');
  return split.length === 0 || (split.every((word) => /^\p{Lu}/u.test(word)) && TITLE_WORDS.has(split[split.length - 1] ?? ''));
}

/**
 * A lower-case title set off by commas, then only units opening with a capital or a number and closed by commas, at the
 * end of speaker words (", director, Earth Science Division, Science Mission Directorate,"): the title is someone's, so
 * the last unit is no speaker even when the name before it was not read as a person's. A phrase of time or place ("on
 * December 8, US-based software company Red Hat announced") is no title.
 */
const TITLE_THEN_UNITS =
  /\S\s*,\s+(?!(?:the|a|an|who|whose|which|that|and|or|but|on|in|at|for|with|from|by|of|to|after|before|during|since|last|this|according)\s)\p{Ll}[^,;:"“”]{1,60},(?:\s+[\p{Lu}\d][^,;:"“”]{1,80},){1,4}$/u;

/** Whether speaker words end in a person's title and units (`TITLE_THEN_UNITS`). */
export function endsInTitleAndUnits(words: string): boolean {
  return TITLE_THEN_UNITS.test(words.trimEnd());
}
