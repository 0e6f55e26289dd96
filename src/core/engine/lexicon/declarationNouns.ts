/**
 * Nouns for a stand or an aim a speaker declares in words, which a possessive before them ties to the speaker: "Tesco
 * stated its intention to leave the Polish market altogether" (wikinews-tesco-sells-polish-branch-salling-group-2020-06-21),
 * "Sobchak affirmed her commitment to peaceful resistance" (gv-russia-violence-opposition-debate-tactics-2012-05-07). The
 * noun phrase is what was said, as the object of an object-noun cue is (docs/annotation-guide.md, "Directive and
 * object-noun cues"). Lower case.
 */
export const DECLARATION_NOUNS: ReadonlySet<string> = new Set([
  'intention',
  'intentions',
  // "Selek has indicated a desire to return to Turkey with her name cleared" (wikinews-istanbul-court-acquits-pinar-selek-
  // fourth-time-2014-12-20): a wish declared is said as an intention is (docs/annotation-guide.md).
  'desire',
  'wish',
  'intent',
  'commitment',
  'support',
  'opposition',
  'determination',
  'willingness',
  'readiness',
  'refusal',
  'plans',
]);
