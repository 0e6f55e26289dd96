import type { SourceType } from '../../schema';

/**
 * Words for the kind of people a round-up of reactions or a panel gathers, which its headline or opening names
 * ("Malawi: Bloggers' Reactions to New President Joyce Banda", "some bloggers are wondering", "Netizens Reject Proposed
 * Code of Conduct", "On hand were NASA environmental and educational experts"): the people it then quotes without any
 * role of their own are those voices (`docs/annotation-guide.md`: "a blogger giving their opinion" is a citizen, one
 * who "speaks from knowledge" an expert). Lower case, singular and plural.
 */
export const VOICE_GROUPS: ReadonlyArray<readonly [string, SourceType]> = [
  ['blogger', 'citizen'],
  ['bloggers', 'citizen'],
  ['netizen', 'citizen'],
  ['netizens', 'citizen'],
  ['tweeter', 'citizen'],
  ['tweeters', 'citizen'],
  ['tweeps', 'citizen'],
  ['twitter user', 'citizen'],
  ['twitter users', 'citizen'],
  ['internet user', 'citizen'],
  ['internet users', 'citizen'],
  ['social media user', 'citizen'],
  ['social media users', 'citizen'],
  ['commenter', 'citizen'],
  ['commenters', 'citizen'],
  // "Now, social media sites and blogs are on fire ahead of his May 25 Day of Prayer visit." (gv-zimbabwe-tb-joshua-visit-
  // hornets-nest-2012-05-13), "Israelis turned to Twitter, Facebook and blogs to comment on the surprising news" (gv-israel-
  // mofaz-derided-unity-government-2012-05-09): the blogs an opening says are reacting are their writers' voices.
  ['blogs', 'citizen'],
  ['experts', 'expert'],
  ['panel of experts', 'expert'],
  ['expert panel', 'expert'],
];
