/**
 * Plural presents a round-up of blogs and social media writes of its unnamed voices, the netizens, bloggers, users and
 * protesters it sums up (Global Voices: `protesters demand a repeal instead of a suspension`, `indigenous organizations
 * emphasize that their protest is about their right to be consulted`; `Bloggers complain that …`, `Netizens wonder
 * whether …`, `Many users point out that …`). As `pluralPresent.ts`'s own verbs, each is as often a noun or another
 * act ("a demand", "the question", "point to"), so it cues reported speech only right after a plural group that speaks;
 * "point" only with "out" (notACue.ts). Lower case.
 */
export const ROUND_UP_PRESENTS: ReadonlySet<string> = new Set([
  'complain',
  'lament',
  'wonder',
  'question',
  'demand',
  'stress',
  'emphasize',
  'emphasise',
  'denounce',
  'criticize',
  'criticise',
  'joke',
  'agree',
  'point',
]);
