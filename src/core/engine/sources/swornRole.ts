import { typeOfPhrase } from './phraseType';
import type { SourceType } from '../../schema';
import type { Located } from '../attribution/types';

/**
 * " was sworn in at 5 p.m. local time (2100 UTC) as Puerto Rico's new governor", " was sworn in as governor on August
 * 2" (wikinews-puerto-rico-governor-rossello-resigns-2019-08-04, wikinews-puerto-rico-supreme-court-removes-pierluisi-
 * 2019-08-08): a person said, in the sentence that names them, to have taken an office by oath, appointment or
 * election holds it, the role phrase after "as" up to its complement or the clause's end. At most 60 characters of
 * time and place stand between the verb and "as", none of them a sentence's end (a full stop before a capital).
 */
const TAKEN_AS =
  /^\s+(?:was|has\s+been|had\s+been|is|were)\s+(?:sworn\s+in|appointed|elected|installed|inaugurated)\b(?:[^.;:"“”]|\.(?!\s+\p{Lu})){0,60}?\s+as\s+((?:(?:a|an|the)\s+)?[^,;:.()"“”]{2,80}?)(?=\s+(?:on|in|at|after|following|by|since|until|when|while)\b|\s*[,;:.()"“”]|$)/u;

/**
 * The type the office a mention's person is said to have taken gives (UTF-16 offsets, half-open `mention` in its block
 * `text`), with the role phrase as evidence; null where no such clause follows, or its phrase names no role
 * (`phraseType.ts`).
 */
export function typeFromTakenOffice(text: string, mention: Located): { type: SourceType; evidence: Located } | null {
  const taken = TAKEN_AS.exec(text.slice(mention.end, mention.end + 200));
  const phrase = taken?.[1];
  const type = phrase ? typeOfPhrase(phrase) : null;
  if (!taken || !phrase || !type) return null;
  const start = mention.end + taken[0].length - phrase.length;
  return { type, evidence: { block: mention.block, start, end: start + phrase.length } };
}
