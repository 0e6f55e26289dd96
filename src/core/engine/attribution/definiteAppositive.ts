import { isRoleOrTitleWord } from './rolePhrase';
import { CLAUSE_OPENS, personBeforeComma } from './unclosedAppositive';
import type { SubjectReader } from './subjectReader';
import type { Subject } from './types';

/** A definite description: "the", then up to four words, the last its head noun ("the site’s lead developer"). */
const DEFINITE = /^the\s+(?:[\p{L}'’.-]+\s+){0,4}([\p{L}'’.-]+)$/u;

/**
 * `Christine Cheung, the site’s lead developer said it was a joy to work on such a passionate team`
 * (usgov-gsa-18f-every-kid-in-a-park-site-for-kids-2015-09-03): a person's name opening its clause, a comma, then a
 * definite description of up to five words ending on a role or a title, running to the cue verb, its closing comma left out. The description is the name's appositive,
 * so the name speaks, never a person the role noun might refer back to (the site's product manager named before).
 * `Cheung, the developer said, was …` is the description speaking of the name, so a comma right after the verb leaves
 * the words alone, as does a name the clause before governs (`The prize went to Cheung, the developer said`).
 * [start, stop) is the description (UTF-16, half-open) in block `block`, the cue verb right after it; null when not so shaped.
 */
export function definiteAppositive(reader: SubjectReader, block: number, from: number, start: number, stop: number): Subject | null {
  const text = reader.texts[block] ?? '';
  const head = DEFINITE.exec(text.slice(start, stop))?.[1];
  // The head must be a role or a title: "Late Sunday, the National Salvation Front released a statement telling …" is a
  // clause, whatever the name pass made of "Late Sunday".
  if (!head || !isRoleOrTitleWord(head.toLowerCase()) || /^\s+\p{L}+,/u.test(text.slice(stop))) return null;
  const person = personBeforeComma(reader, block, from, start);
  return person && CLAUSE_OPENS.test(text.slice(0, person.start)) ? reader.subjectAt(block, person.start) : null;
}
