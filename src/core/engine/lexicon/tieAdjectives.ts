/**
 * Adjectives and participles of a tie to someone, set before "with" or "to" and a name: "countries allied with the United
 * States", "diplomats familiar with the talks", "groups close to Hezbollah". The name is what the tie is to, never the
 * subject of the verb that follows. Lower case.
 */
export const TIE_ADJECTIVES: ReadonlySet<string> = new Set([
  'affiliated',
  'aligned',
  'allied',
  'associated',
  'close',
  'closer',
  'connected',
  'familiar',
  'friendly',
  'hostile',
  'linked',
  'loyal',
  'opposed',
  'sympathetic',
  'tied',
]);
