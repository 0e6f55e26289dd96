/**
 * Words by which an article says why it does not name a source ("who spoke on condition of anonymity because …",
 * "who asked not to be named for fear of …"): the phrases news writes where it follows the Associated Press's
 * rule on anonymous sources, that a story say why a source was not named. Lower case; matched as whole words.
 */
export const ANONYMITY_MARKERS = [
  'on condition of anonymity',
  'on the condition of anonymity',
  'requested anonymity',
  'asked for anonymity',
  'granted anonymity',
  'anonymously',
  'not to be named',
  'not to be identified',
  'not be named',
  'not be identified',
  'declined to be named',
  'declined to be identified',
  'declined to give',
  'withheld',
  'not authorised to',
  'not authorized to',
] as const;
