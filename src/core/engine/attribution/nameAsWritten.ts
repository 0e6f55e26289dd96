import { describedNameEnding, handleEnding, selfNamedEnding, userNameEnding } from './handleSubject';
import { namedAppositive } from './namedAppositive';
import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';

/**
 * The speaker a name someone gives themself at [start, end) of a block stands for (`selfNamedEnding`): the entity the
 * name pass read there, when its mention is the whole name, else the name as written, a source of its own.
 */
function selfNamedSource(reader: SubjectReader, block: number, at: { start: number; end: number }): Subject {
  const named = reader.mentions.between(block, at.start, at.end).find((m) => m.start === at.start && m.end === at.end);
  return (named && reader.subjectAt(block, named.start)) ?? reader.handleSource(block, at.start, at.end);
}

/**
 * The speaker named at the end of the speaker words [from, end) of a block, before a cue verb at `end`, by a name the
 * writer sets off rather than one the subject reader reads on its own: a handle (`Twitter user @uxost01 tweeted:`), a
 * user's screen name, a name someone gives themself, a name after an indefinite description (`A citizen news website,
 * Tumfweko, reported`), or a person in apposition to a description (`One of the study's authors, herpetologist David
 * Blackburn, told`); checked in that order, the first that reads wins. Null when the words end in none of these.
 */
export function nameAsWrittenBefore(reader: SubjectReader, block: number, from: number, end: number): Subject | null {
  const text = reader.texts[block] ?? '';
  const endingHandle = handleEnding(text, block, from, end, reader.mentions);
  if (endingHandle) return reader.handleSource(block, endingHandle.start, endingHandle.end);
  const userName = userNameEnding(text, from, end);
  if (userName) return reader.handleSource(block, userName.start, userName.end);
  const selfNamed = selfNamedEnding(text, from, end);
  if (selfNamed) return selfNamedSource(reader, block, selfNamed);
  const describedName = describedNameEnding(text, block, from, end, reader.mentions);
  if (describedName) return reader.handleSource(block, describedName.start, describedName.end);
  const appositiveName = namedAppositive(text, block, from, end, reader.mentions);
  return appositiveName ? reader.subjectAt(block, appositiveName.start) : null;
}
