/**
 * ", though it was later found …": what came to light after the speech is the writer's, not the speaker's (`Police
 * also said Khan had appeared to be wearing a suicide vest, though it was later found to be a harmless fake`); so is
 * the writer's verdict on it set off as an appositive (`Others argue that the quotas would only be an easy way out …, a
 * claim refuted in an article published by the Federal University of Minas Gerais`, observed on real news, GV 2012).
 */
const LATER_FINDING =
  /,\s+(?:(?:though|although|but)\s+[^,;:"“”]{0,40}?\b(?:later|subsequently|since)\s+(?:been\s+)?(?:found|shown|revealed|confirmed|proved|proven|determined|identified|discovered)|(?:a|an)\s+(?:claim|allegation|assertion|accusation|charge|argument)\s+(?:later\s+|since\s+)?(?:refuted|denied|rejected|disputed|dismissed|contradicted|debunked))\b/u;

/** Where reported content [start, stop) (UTF-16 offsets, half-open) ends before a later finding; `stop` when none. */
export function beforeLaterFinding(text: string, start: number, stop: number): number {
  const m = LATER_FINDING.exec(text.slice(start, stop));
  return m ? start + m.index : stop;
}
