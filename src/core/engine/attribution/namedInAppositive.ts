import type { MentionIndex } from './mentions';

/** A run of two to four capitalised words, the shape of a person's name, set off by commas. */
const NAME_SHAPED = /^,\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*,\s*$/u;

/**
 * Whether the appositive between a body's name, ending at `headEnd`, and its cue verb at `end` (UTF-16 offsets of a
 * block's `text`, half-open) is a name the name pass did not read ("The American Samoan delegate to the U.S. House of
 * Representatives, Aumua Amata, told the press:"): AP style sets the speaker's name off after the description that
 * holds the body, so the body is no speaker there. A place ("the Sheriff's Office in Polk County, Florida, said") or
 * a body the text names does not count.
 */
export function namedInAppositive(text: string, block: number, headEnd: number, end: number, mentions: MentionIndex): boolean {
  if (!NAME_SHAPED.test(text.slice(headEnd, end))) return false;
  return !mentions.between(block, headEnd, end).some((m) => m.start >= headEnd && m.entity.type !== 'person');
}
