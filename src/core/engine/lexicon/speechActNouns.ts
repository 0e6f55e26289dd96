/**
 * Nouns for an act done in words, which a light verb ("raised", "issued", "gave") makes what was said: "Other critics
 * outside the Democratic party raised questions about Harris' eligibility" (wikinews-on-the-campaign-trail-usa-august-
 * 2020-2020-09-30), "The Air Force issued warnings against attempts to enter the restricted zone of the base"
 * (wikinews-millions-dont-turn-up-to-storm-area-51-2019-09-22), "The mayor of London, Sadiq Khan, gave his condolences"
 * (wikinews-engineer-killed-travelator-london-waterloo-2019-09-20). The noun phrase is the content, as the object of an
 * object-noun cue is (docs/annotation-guide.md, "Directive and object-noun cues"). Lower case.
 */
export const SPEECH_ACT_NOUNS: ReadonlySet<string> = new Set([
  'question',
  'questions',
  'concern',
  'concerns',
  'warning',
  'warnings',
  'condolences',
  'apology',
  'apologies',
  'assurance',
  'assurances',
  'objection',
  'objections',
  'doubts',
  // "Merkel seconded Macron's recommendation the fires be added to the agenda" (wikinews-world-leaders-amazon-fires-g7-
  // 2019-08-24): advice and demands are acts in words as warnings are.
  'recommendation',
  'recommendations',
  'demand',
  'demands',
]);
