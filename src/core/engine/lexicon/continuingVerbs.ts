/**
 * Verbs that continue the previous cue's subject after ", and": "…, and warned that …", and in the present of a profile
 * ("Twine cautions against believing you're not smart enough and says you just need to …"), and a denial after "and
 * also" ("U.S. officials denied having used any chemical weapons and also deny the reports that …", wikinews-rights-group-
 * afghanistan-phosphorus-claim-2009-05-11). Any participle in -ing (", adding that …") continues too (reported/cueVerb.ts).
 * Lower case.
 */
export const CONTINUING_VERBS: ReadonlyArray<string> = [
  // Plural presents after "and", going on with a plural subject: "They say the military is not absolved of liability and
  // suggest the camp's tents were obvious" (wikinews-nigerian-refugee-camp-airstrike-death-toll-passes-100-2017-01-24),
  // "They also claimed Paris was a volunteer and claim she has a vested interest …" (wikinews-australian-woman-claims-
  // scientology-imprisonment-2011-12-02).
  'claim',
  'suggest',
  'report',
  'allege',
  'contend',
  'maintain',
  'added',
  'noted',
  'voiced',
  'expressed',
  'said',
  'says',
  'adds',
  'notes',
  'stressed',
  'warned',
  'denied',
  'denies',
  'deny',
  'praised',
  'thanked',
  'urged',
  'encouraged',
  'called',
  'questioned',
  'insisted',
  'argued',
  'acknowledged',
  'admitted',
  'cautioned',
  'criticized',
  'criticised',
  'condemned',
  'reiterated',
  'reaffirmed',
  'emphasized',
  'emphasised',
  'underlined',
  'accused',
  'accuses',
  'blamed',
  'blames',
  'credited',
  'credits',
  'mentioned',
  'mentions',
];
