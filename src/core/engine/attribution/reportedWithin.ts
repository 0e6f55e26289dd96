import type { MentionIndex } from './mentions';
import type { Subject } from './types';

/**
 * A name and a verb of telling with "that", then words with no quotation mark up to where the quote's speaker stands:
 * "Coates said that after the pseudotheft, " of "Coates said that after the pseudotheft, Hood told her "…"". Group 1 is
 * the name's last word.
 */
const OUTER_REPORT = /(\p{Lu}[\p{L}'’-]+)\s+(?:also\s+)?(?:said|says|told\s+\p{Ll}+|claimed|alleged|testified|recalled|explained|stated)\s+that\b[^"“”]*$/u;

/**
 * "Coates said that after the pseudotheft, Hood told her "he didn't want to look for it. He said it would be like
 * looking for a needle in a haystack, which I thought was a bit strange."" (wikinews-english-court-jails-policeman-
 * insurance-fraud-2010-06-30): a quote whose cue stands inside what someone else, named earlier in the sentence, says
 * happened is given in that other person's account; the words may be theirs ("which I thought") or the one they tell of,
 * and only the quoted words tell which. Neither is a safe speaker, so the quote stays unattributed. `lead` is the
 * sentence up to the cue's subject, which starts at `leadStart` of block `block`; whether the subject is inside another's
 * report.
 */
export function reportedWithin(lead: string, leadStart: number, block: number, subject: Subject, mentions: MentionIndex): boolean {
  if (!subject.entity) return false;
  if (saidRightBefore(lead, leadStart, block, subject, mentions)) return true;
  const outer = OUTER_REPORT.exec(lead);
  if (!outer?.[1]) return false;
  const end = leadStart + outer.index + outer[1].length;
  const teller = mentions.between(block, leadStart + outer.index, end).find((m) => m.end === end);
  return teller !== undefined && teller.entity !== subject.entity && teller.entity.type === 'person';
}

/** A speech verb, perhaps with "that" and "the", right before the cue's subject: "… and said the Iranians". */
const SAID_RIGHT_BEFORE = /\b(?:said|says|claimed|claims|alleged|stated|argued|insisted)\s+(?:that\s+)?(?:the\s+)?$/u;

/**
 * `Benjamin Netanyahu, prime minister of Israel, said the deal was a "historic mistake" and said the Iranians had agreed
 * only to "cosmetic concessions"` (a fresh Wikinews page, November 2013): the cue's subject opens the clause a person
 * named before in the sentence is saying, so the words are told inside that person's report, as after "X said that".
 */
function saidRightBefore(lead: string, leadStart: number, block: number, subject: Subject, mentions: MentionIndex): boolean {
  const said = SAID_RIGHT_BEFORE.exec(lead);
  if (!said) return false;
  const teller = mentions.between(block, leadStart, leadStart + said.index).findLast((m) => m.start >= leadStart && m.entity.type === 'person');
  return teller !== undefined && teller.entity !== subject.entity;
}
