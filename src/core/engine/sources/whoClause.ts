import type { SentenceRange } from '../../sentences';
import type { FoundEntity } from '../entities/types';
import { APPOSITIVE, firstPronoun, PERSON_HEADS, type BlockView, type Found } from './subjectPronoun';

/** ", who declared", ", who said", ", who led": a relative clause on the name, opened by "who" and a verb in lower case. */
const WHO_CLAUSE = /^,\s+who\s+(?=\p{Ll})/u;
/** How far into the who-clause its pronoun is looked for (UTF-16 code units). */
const REACH = 200;

/**
 * "Charles “Chuck” McClain, who led the ORCA research team until his retirement in 2013, said …" (usgov-nasa-orca-
 * airharp-paved-way-pace), "… Jyunichi Tokuyama, a specialist with the Iwate Prefecture Agricultural and Fisheries
 * Department, who said he was shocked …" (wikinews-renewed-concern-nuclear-response), "… Eduard Limonov, who declared
 * [ru] in his LiveJournal …" (gv-russia-violence-opposition-debate-tactics): in a who-clause on a name, past an
 * appositive, the first he, she, his or her (possessive), before any other person, role noun or quote mark
 * (`firstPronoun`), is the named person's, wherever the name stands in the sentence. Not a possessive that names
 * someone by their tie to another ("who is his wife": a person noun after it). `start` and `end` are the mention's
 * UTF-16 offsets (half-open) in the block `view` shows; the gender and where the pronoun is written, or null.
 */
export function whoClausePronoun(view: BlockView, entity: FoundEntity, sentence: SentenceRange, end: number): Found | null {
  const text = view.text;
  if (!text.startsWith(',', end)) return null;
  const skip = WHO_CLAUSE.test(text.slice(end, end + 12)) ? null : APPOSITIVE.exec(text.slice(end, Math.min(sentence.end, end + 130)));
  const at = end + (skip ? skip[0].length - 1 : 0);
  const who = WHO_CLAUSE.exec(text.slice(at, at + 12));
  if (!who) return null;
  const from = at + who[0].length;
  const found = firstPronoun(view, entity, from, Math.min(sentence.end, from + REACH));
  if (!found) return null;
  const next = /^\s+([\p{L}-]+)/u.exec(text.slice(found.at.end, found.at.end + 30))?.[1]?.toLowerCase();
  return next && PERSON_HEADS.has(next) ? null : found;
}
