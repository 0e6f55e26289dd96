import type { MentionIndex } from './mentions';

/**
 * Between a person's name and the verb: a comma, then a title tied by a preposition to the body the person works for
 * (`, Lead IT Specialist at DOL`, `, of CNN, one of Vanderbilt's four sons,`), with no quote mark, colon or
 * parenthesis, and perhaps "also" or an adverb before the verb.
 */
const TITLE_AT_BODY = /^,\s+[^,;:"“”()]{0,60}?\b(?:at|of|for|with|from)\s+[^;:"“”()]{1,100}?,?\s+(?:(?:also|then|later|has|have|had|\p{Ll}+ly)\s+){0,3}$/u;
/** A short introductory phrase of lower-case words, its comma left out: "In the blog post Chris Wright, …". */
const INTRODUCTORY = /^(?:In|On|At|During|Through)\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){1,3}$/u;
/** Words that open a clause or join another subject inside the title, so that its last words may be the speaker. */
const CLAUSE_WORD = /\b(?:who|whose|which|that|when|while|after|before|said|says|told|and)\b/;

/**
 * `Mike Pulsifer, Lead IT Specialist at DOL said …`, `Anderson Cooper, of CNN, one of Vanderbilt's four sons, stated,
 * "…"`: a person's name opening the clause, then a comma and their title at the body they work for, then the verb at
 * `verbStart`, the title's closing comma often left out (and the comma after a short introductory phrase before the
 * name: `In the blog post Chris Wright, the Chief Technological Officer of Red Hat said …`, fresh Wikinews). The person speaks, not the body the title ends with: the
 * mention of the person, or null when the words are not that shape. The clause opens at `from` or after a comma.
 * Offsets are UTF-16, half-open, in `text`. Observed on real news (fresh digital.gov and Wikinews pages, where the
 * body at the title's end — `DOL`, `NASA`, `CNN` — was made the speaker).
 */
export function titledAffiliate(text: string, block: number, from: number, verbStart: number, mentions: MentionIndex): { start: number; end: number } | null {
  const inside = mentions.between(block, from, verbStart).filter((m) => m.start >= from && m.end <= verbStart);
  const person = inside.find((m) => m.entity.type === 'person');
  if (!person) return null;
  const opening = text.slice(from, person.start);
  if (!/^(?:|[^"“”]*,\s+)$/.test(opening) && !INTRODUCTORY.test(opening)) return null;
  const title = text.slice(person.end, verbStart);
  if (!TITLE_AT_BODY.test(title) || CLAUSE_WORD.test(title)) return null;
  // Another person inside may be who speaks, unless named as an owner ("one of Vanderbilt's four sons").
  if (inside.some((m) => m.start >= person.end && m.entity.type === 'person' && !/^['’]s?\s/.test(text.slice(m.end)))) return null;
  return { start: person.start, end: person.end };
}
