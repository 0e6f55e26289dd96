import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { describedNameEnding, handleEnding, selfNamedEnding, userNameEnding } from './handleSubject';
import { namedAppositive } from './namedAppositive';
import { ownAccountHolder } from './ownAccount';
import { blogTitleEnding } from './sieves/taggedBlogTitle';
import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';

/**
 * One person described by a role noun, then the name they go by, ending the words before a name: "A Yemeni journalist and
 * poet who goes by the name " (gv-yemen-nodrones-campaign-2012-05-14). Group 1 is the description.
 */
const PERSON_GOING_BY = /\b(?:a|an|one)\s+((?:[\p{L}-]+\s+){0,6}?)(?:who\s+goes|going)\s+by(?:\s+the\s+name(?:\s+of)?)?\s+$/iu;

/** Whether the words before a name someone goes by describe one person by a role noun ("journalist", "poet"), and the name is capitalised words. */
function personGoingBy(text: string, at: { start: number; end: number }): boolean {
  const description = PERSON_GOING_BY.exec(text.slice(Math.max(0, at.start - 120), at.start))?.[1] ?? '';
  const name = text.slice(at.start, at.end);
  return (
    /^\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*)*$/u.test(name) && description.split(/\s+/).some((w) => PERSON_ROLE_NOUNS.includes(w.toLowerCase()))
  );
}

/**
 * The speaker a name someone gives themself at [start, end) of a block stands for (`selfNamedEnding`): the entity the
 * name pass read there, when its mention is the whole name, else the name as written, a source of its own: a person's
 * when one person described by a role noun goes by it ("A Yemeni journalist and poet who goes by the name Sana2
 * Al-Yemen tweeted her contempt:"), the name as printed otherwise ("A reader signing himself as It’s a worry,").
 */
function selfNamedSource(reader: SubjectReader, block: number, at: { start: number; end: number }): Subject {
  const named = reader.mentions.between(block, at.start, at.end).find((m) => m.start === at.start && m.end === at.end);
  const kind = personGoingBy(reader.texts[block] ?? '', at) ? 'person' : 'titled';
  return (named && reader.subjectAt(block, named.start)) ?? reader.handleSource(block, at.start, at.end, kind);
}

/**
 * The speaker a blog's title at [start, end) of a block stands for (`blogTitleEnding`), or a name set off after an
 * indefinite description (`describedNameEnding`): the entity the name pass read there when its mention is the whole name,
 * else the name as written.
 */
function writtenSource(reader: SubjectReader, block: number, at: { start: number; end: number }): Subject {
  const named = reader.mentions.between(block, at.start, at.end).find((m) => m.start === at.start && m.end === at.end);
  return (named && reader.subjectAt(block, named.start)) ?? reader.handleSource(block, at.start, at.end);
}

/**
 * The speaker named at the end of the speaker words [from, end) of a block, before a cue verb at `end`, by a name the
 * writer sets off rather than one the subject reader reads on its own: a handle (`Twitter user @uxost01 tweeted:`), a
 * user's screen name, a blog's title up to its link's tag, a person's own page or account, a name someone gives themself, a name after an indefinite description (`A citizen news website,
 * Tumfweko, reported`), or a person in apposition to a description (`One of the study's authors, herpetologist David
 * Blackburn, told`); checked in that order, the first that reads wins. Null when the words end in none of these.
 */
export function nameAsWrittenBefore(reader: SubjectReader, block: number, from: number, end: number): Subject | null {
  const text = reader.texts[block] ?? '';
  const endingHandle = handleEnding(text, block, from, end, reader.mentions);
  if (endingHandle) return reader.handleSource(block, endingHandle.start, endingHandle.end);
  const userName = userNameEnding(text, from, end);
  if (userName) return reader.handleSource(block, userName.start, userName.end);
  const blog = blogTitleEnding(text, from, end);
  if (blog) return writtenSource(reader, block, blog);
  const holder = ownAccountHolder(reader, block, from, end);
  if (holder) return holder;
  const selfNamed = selfNamedEnding(text, from, end);
  if (selfNamed) return selfNamedSource(reader, block, selfNamed);
  const describedName = describedNameEnding(text, block, from, end, reader.mentions);
  if (describedName) return writtenSource(reader, block, describedName);
  const appositiveName = namedAppositive(text, block, from, end, reader.mentions);
  return appositiveName ? reader.subjectAt(block, appositiveName.start) : null;
}
