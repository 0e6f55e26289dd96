/**
 * Nouns for a decision, a proposal or a public act that a judging verb (`lexicon/judgingVerbs.ts`) passes a verdict on in
 * words: "Tsvangirai applauded calls by the Southern African Development Community to delay runoff elections"
 * (voa-tsvangirai-matonga-differ-runoff-interview-2008-06-25), "Erdogan also attacked the proclamation of Golan Heights
 * as official Israeli territory" (wikinews-erdogan-hagia-sophia-mosque-2019-03-31), "attacking the subpoena as a
 * political strategy" (wikinews-us-judge-orders-release-trump-tax-records-2019-10-10). The noun phrase is what was said,
 * as the object of an object-noun cue is (docs/annotation-guide.md, "Directive and object-noun cues"). No person, place
 * or thing: "attacked the convoy", "applauded the performers" are deeds. Lower case.
 */
export const JUDGED_ACT_NOUNS: ReadonlySet<string> = new Set([
  'call',
  'calls',
  'decision',
  'decisions',
  'move',
  'ruling',
  'rulings',
  'verdict',
  'proclamation',
  'declaration',
  'announcement',
  'plan',
  'plans',
  'proposal',
  'proposals',
  'initiative',
  'policy',
  'policies',
  'deal',
  'agreement',
  'subpoena',
  'indictment',
  'bill',
  'legislation',
  'measure',
  'measures',
  'reform',
  'reforms',
  'handling',
  'remarks',
  'comments',
  // "Trump, responding to Pelosi's announcement via Twitter, attacked the impeachment investigation as "Witch Hunt
  // garbage."" (wikinews-pelosi-announces-trump-impeachment-investigation-2019-09-25), "the Turkish Ministry of Foreign
  // Affairs denounced the conclusions of the summit" (wikinews-cairo-summit-denounces-turkish-libyan-maritime-deal-2020-01-11).
  'investigation',
  'inquiry',
  'conclusions',
  'memorandum',
  'memoranda',
]);
