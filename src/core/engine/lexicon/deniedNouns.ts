/**
 * Nouns for a charge against the speaker that a denial answers with no determiner before them: "The pair denied
 * wrongdoing but were convicted …" (wikinews-english-court-jails-policeman-insurance-fraud-2010-06-30), "Sarkozy …
 * denies wrongdoing in relation to it" (wikinews-french-journalists-claim-gaddafi-promised-sarkozy-campaign-2012-04-29),
 * "Russia's defense ministry has denied involvement" (wikinews-malaysia-airlines-flight-17-shot-down-eastern-ukraine-
 * 2014-07-18). The noun phrase is the content, as the object of an object-noun cue is (docs/annotation-guide.md,
 * "Directive and object-noun cues"). Not what a denial withholds ("denied entry", "denied bail", "denied access"),
 * which no one said. Lower case.
 */
export const DENIED_NOUNS: ReadonlySet<string> = new Set([
  'wrongdoing',
  'wrongdoings',
  'involvement',
  'responsibility',
  'guilt',
  'complicity',
  'culpability',
  'liability',
  'charges',
]);
