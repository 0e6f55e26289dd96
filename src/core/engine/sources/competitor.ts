import type { Located } from '../attribution/types';

/**
 * The words of a sporting contest or its record: "marathon", "the 2019 Chicago Marathon", "world record", "Olympics",
 * "Grand Prix", "World Cup". "Race", "title" and "seat" are left out: a politician wins a race or a seat as well.
 */
const CONTEST = String.raw`(?:[Mm]arathons?|world\s+record|Olympics|Olympic\s+\p{L}+|medal|Grand\s+Prix|Grand\s+Slam|World\s+Cup|[Cc]hampionships|tournament|Tour\s+de\s+France)\b`;

/** Words of the sentence that may stand between a verb or a record and its contest: no full stop, semicolon or quote. */
const BETWEEN = String.raw`(?:[^.;:"“”]{0,60}?\s)?`;

/**
 * "Brigid Kosgei of Kenya won the 2019 Chicago Marathon" (wikinews-kosgei-world-record-chicago-marathon-2019-10-14),
 * "Eliud Kipchoge from Kenya ran a marathon" (wikinews-eliud-kipchoge-marathon-under-two-hours-2019-10-13): the name, the
 * country it comes from if set after it, then a verb of competing ("Kipchoge also set the current official world record",
 * an adverb before it) and the contest, in the sentence that names it.
 */
const COMPETED = new RegExp(
  String.raw`^(?:\s+(?:of|from)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2},?)?(?:\s+(?:also|then|again|\p{Ll}+ly))?\s+(?:won|wins|ran|runs|raced|finished|set|broke|clinched|claimed|competed)\s${BETWEEN}${CONTEST}`,
  'u',
);

/**
 * "Paula Radcliffe's mixed-sex mark set at the 2003 London Marathon" (wikinews-kosgei-world-record-chicago-marathon-2019-
 * 10-14): the name's possessive before the mark, time or record it set in a contest.
 */
const OWN_MARK = new RegExp(String.raw`^['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:mark|time|record|victory|win|medal)\s${BETWEEN}${CONTEST}`, 'u');

/**
 * The citizen an athlete competing is (`docs/annotation-guide.md`, "Sources": "an athlete … talking about their own
 * work"), where the sentence of a mention (UTF-16 offsets, half-open, in its block `text`) says they won or ran a contest
 * or set a mark in one, and no role word placed them (`sourceTypes.ts` reads this after every role): the words from the
 * name to the contest are the evidence. Null where the sentence tells of no contest.
 */
export function typeFromCompetitor(text: string, mention: Located): { type: 'citizen'; evidence: Located } | null {
  const after = text.slice(mention.end, mention.end + 160);
  const found = COMPETED.exec(after) ?? OWN_MARK.exec(after);
  if (!found) return null;
  return { type: 'citizen', evidence: { block: mention.block, start: mention.start, end: mention.end + found[0].length } };
}
