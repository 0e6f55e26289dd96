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
  const outer = OUTER_REPORT.exec(lead);
  if (!outer?.[1] || !subject.entity) return false;
  const end = leadStart + outer.index + outer[1].length;
  const teller = mentions.between(block, leadStart + outer.index, end).find((m) => m.end === end);
  return teller !== undefined && teller.entity !== subject.entity && teller.entity.type === 'person';
}
