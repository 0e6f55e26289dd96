import type { Located } from '../attribution/types';

/**
 * " pleaded guilty to each crime", ", 23, pleaded not guilty on Tuesday", " entered not guilty pleas", " was
 * sentenced", " was charged with", ", brother of … Qandeel Baloch, was sentenced", " was the third to be sentenced to
 * death" (wikinews-ali-hassan-al-majid-two-others-sentenced-death-iraqi-court-2007-06-24): the act of a defendant told of a
 * person right after a mention, perhaps past an age or an aside set off by commas. A defendant quoted about their own
 * case speaks for themself, a citizen (`docs/annotation-guide.md`, "Consistency decisions (session 39, lane
 * goldcons39)", decision 3: the Turpin parents, Fields, McArthur, Zhukovskyy, Fitzsimons), not a witness nor unknown.
 * Only the defendant's own verb counts: "prosecutors charged him" or "the trial of" say it of whoever they name, which
 * a mention's next words do not show.
 */
const DEFENDANT_ACT =
  /^(?:,[^,;:.()"“”]{1,100},)?\s+(?:(?:has|had)\s+)?(?:(?:pleaded|pled|pleads|plead)\s+(?:not\s+)?guilty|entered\s+(?:a\s+|his\s+|her\s+)?(?:not\s+)?guilty\s+pleas?|admitted\s+(?:his|her|their)\s+guilt|(?:was|has\s+been|had\s+been|is)\s+(?:(?:later|also|since|previously|first)\s+)?(?:sentenced|convicted|found\s+guilty|charged\s+with|indicted|acquitted|on\s+trial)|stood\s+trial|(?:is|was)\s+standing\s+trial|(?:is|was)\s+the\s+(?:first|second|third|fourth|fifth|last|latest|next)\s+(?:defendant\s+|person\s+|man\s+|woman\s+)?to\s+be\s+(?:sentenced|convicted|charged|found\s+guilty|acquitted|tried))\b/u;

/**
 * The citizen a defendant's act told right after a mention (UTF-16 offsets, half-open, in its block `text`) makes of
 * its person, with the mention and the act as evidence; null where no such act follows.
 */
export function typeFromDefendant(text: string, mention: Located): { type: 'citizen'; evidence: Located } | null {
  const act = DEFENDANT_ACT.exec(text.slice(mention.end, mention.end + 160));
  return act ? { type: 'citizen', evidence: { ...mention, end: mention.end + act[0].length } } : null;
}
