/**
 * Nouns for something put forward in words as true, which a verb that rejects or repeats it makes what was said:
 * "South Korea’s Defense Ministry rejected Kim’s assertion that North Korea is a nuclear power" (voa-learningenglish-
 * north-korea-expels-bbc-journalists-2016-05-10), "Trump repeated his claim mail-in voting would be fraudulent"
 * (wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30). The noun phrase is the content, as the object of an
 * object-noun cue is (docs/annotation-guide.md, "Directive and object-noun cues"). Lower case.
 */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'claim',
  'claims',
  'assertion',
  'assertions',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'contention',
]);
