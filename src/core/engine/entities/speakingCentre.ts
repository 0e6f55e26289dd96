import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';
import { isSpeechVerb } from '../lexicon/reportingVerbs';

/**
 * A possessive right before the name: "PINK Armenia and Women's Resource Centre announced" (gv-armenia-nationalists-disrupt-
 * diversity-march-2012-05-22), where the name read ("Resource Centre") is only the end of the body's, whose verb it
 * would take.
 */
const OWNED = /['’]s?\s$/u;

/**
 * "As of Monday evening, the National Hurricane Center reported the depression had sustained winds of 30 miles per hour"
 * (wikinews-tropical-depression-three-approaches-florida-2019-07-23): a "Center" or "Centre" the name ends with is a
 * place as often as a body ("Kennedy Space Center", `placeHeads.ts`), but one that is the subject of a speech verb
 * speaks, as only a body does; so that verb right after the name (an adverb between) votes for an organisation more
 * than the place head word does on two occurrences ("The National Hurricane Center's 5 p.m. update", same article).
 */
export function speakingCentreVote(words: ReadonlyArray<string>, before: string, after: string): number {
  if (words.length < 2 || !/^Cent(?:er|re)$/.test(words.at(-1) ?? '') || OWNED.test(before)) return 0;
  const verb = /^\s+(?:\p{Ll}+ly\s+|also\s+)?(\p{Ll}+)\b/u.exec(after)?.[1] ?? '';
  // `"…," read a warning by the Joint Australian Tsunami Warning Center` (wikinews-pacific-rim-braces-for-tsunami-2010-
  // 02-27): a centre whose document speaks speaks in it, as one that says something does.
  const document = ISSUED_BY.exec(before)?.[1] ?? '';
  return isSpeechVerb(verb) || DOCUMENT_NOUNS.has(document) ? 9 : 0;
}

/**
 * A speech verb, then a document noun and who issued it, up to the name: "read a warning by the ", "said a statement
 * released from ". Not a document only used ("using data from the National Snow and Ice Data Center").
 */
const ISSUED_BY =
  /\b(?:read|reads|said|says|stated|states|warned|warns|added|adds)\s+(?:a|an|the)\s+(\p{Ll}+)\s+(?:(?:issued|released|published|posted|sent)\s+)?(?:by|from)\s+(?:the\s+)?$/u;
