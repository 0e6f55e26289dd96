/**
 * Words for people who speak for themselves online, which a round-up of reactions names in its headline or opening
 * ("Malawi: Bloggers' Reactions to New President Joyce Banda", "some bloggers are wondering", "Netizens Reject
 * Proposed Code of Conduct"): the people it then quotes without any role of their own are those voices, citizens
 * (`docs/annotation-guide.md`: "a blogger giving their opinion"). Lower case, singular and plural.
 */
export const VOICE_GROUPS: ReadonlyArray<string> = [
  'blogger',
  'bloggers',
  'netizen',
  'netizens',
  'tweeter',
  'tweeters',
  'tweeps',
  'twitter user',
  'twitter users',
  'internet user',
  'internet users',
  'social media user',
  'social media users',
  'commenter',
  'commenters',
];
