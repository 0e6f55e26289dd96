/**
 * Verbs that pass a verdict in words on a decision or a public act (`lexicon/judgedActNouns.ts`): "Tsvangirai applauded
 * calls by the Southern African Development Community …" (voa-tsvangirai-matonga-differ-runoff-interview-2008-06-25),
 * "Erdogan also attacked the proclamation of Golan Heights …" (wikinews-erdogan-hagia-sophia-mosque-2019-03-31), "Trump
 * responded to the ruling via Twitter, attacking the subpoena as a political strategy"
 * (wikinews-us-judge-orders-release-trump-tax-records-2019-10-10). Each is also a deed ("the crowd applauded the band",
 * "attacked the convoy"): only such a noun as object makes it speech. Not "hailed", "blasted", "slammed", which
 * objectFrameVerbs.ts reads with their preposition. Lower case.
 */
export const JUDGING_VERBS: ReadonlySet<string> = new Set([
  'applauded',
  'applauds',
  'applauding',
  'lauded',
  'lauds',
  'lauding',
  'attacked',
  'attacks',
  'attacking',
  'denounced',
  'denounces',
  'denouncing',
  'decried',
  'decries',
  'decrying',
  'derided',
  'derides',
  'deriding',
]);
