import { opensClause } from './clauseStart';

/** "and" (perhaps after a comma) right after a leading source: a second source joined to it. */
const AND_NEXT = /^\s*,?\s+and\s+(?!that\b)\S/u;

/** A subordinate clause's opener: the reported clause may open with one (`when the mother returned, the baby was …`). */
const SUBORDINATE = /^\s+(?:when|while|after|before|as|if|because|since|although|though|once|until)\s+(?:the|a|an|his|her|their|its|he|she|they|it|we|\p{Lu})/u;

/** How far past the first source a coordinated one is read, in UTF-16 code units. */
const REACH = 220;

/**
 * Where the content of a leading "according to" starts when a second source is joined to the first by "and": "According to
 * the police and a statement by the baby's father to the agency Asian News International, when the mother returned, the baby
 * was crying …" (wikinews-delhi-women-commission-head-capital-punishment-child-rape-2018-01-31), "According to reports from
 * the ministry of internal affairs of Belarus on Friday, and Vyasna, an independent Belarusian human rights center, on
 * Thursday, around 18,250 to 63,000 visitors attended the rally" (wikinews-tsikhanouskaya-rally-minsk-2020-08-03). The
 * sources run to the first comma after which a clause opens (`clauseStart.ts`) or a subordinate clause does; their words
 * are the cue (docs/annotation-guide.md, "according to X," … the content is the rest). `contentStart` (UTF-16, in `text`)
 * when no "and" follows the first source or no such comma comes within reach; `end` is the sentence's.
 */
export function pastCoordinatedSource(text: string, contentStart: number, end: number): number {
  if (!AND_NEXT.test(text.slice(contentStart, contentStart + 12))) return contentStart;
  const stretch = text.slice(contentStart, Math.min(end, contentStart + REACH));
  for (let comma = stretch.indexOf(','); comma >= 0; comma = stretch.indexOf(',', comma + 1)) {
    const at = contentStart + comma + 1;
    if (/["“”:;]/.test(stretch.slice(0, comma))) return contentStart;
    if (opensClause(text, at) || SUBORDINATE.test(text.slice(at, at + 40))) return at;
  }
  return contentStart;
}
