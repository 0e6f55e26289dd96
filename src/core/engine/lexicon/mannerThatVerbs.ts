/**
 * Verbs that otherwise cue only a quotation (`quoteOnlyVerbs.ts`) but report a that-clause when one follows them: the
 * manner of saying (`Fitzsimons retorted that he believes this breaches his right to a fair trial`, wikinews-uk-mercenary-
 * fitzsimons-gives-evidence-iraq-2011-01-24; "joked that", "quipped that", "exclaimed that") and the medium of a post
 * (`the Norwegian Helsinki Committee tweeted that many were also questioning …`, gv-armenia-balloons-explode-campaign-
 * rally-2012-05-05; `News of Yemen Revolution Facebook page posted that 12 hours prior to the explosion …`, gv-yemen-sanaa-
 * suicide-blast-unification-2012-05-21). The clause is what was said, as after "said that" (Quirk et al. 1985, §16.31: a
 * manner-of-speaking verb takes the reporting clause's that-complement). Not the verbs that frame an object ("called",
 * "described", "termed"), ask ("asked") or charge ("accused", "blamed"), whose that is a relative's. Lower case.
 */
export const MANNER_THAT_VERBS: ReadonlySet<string> = new Set([
  'tweeted',
  'tweeting',
  'twittered',
  'posted',
  'posting',
  'retorted',
  'joked',
  'quipped',
  'mused',
  'exclaimed',
  'exclaiming',
  'shouted',
  'shouting',
  'whispered',
  'grumbled',
  'muttered',
  'scoffed',
  'snapped',
  'yelled',
  'yelling',
  'screamed',
  'screaming',
  'sighed',
  'laughed',
]);
