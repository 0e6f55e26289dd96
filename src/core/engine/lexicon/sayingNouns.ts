/**
 * Nouns for words a profile may quote that are written somewhere or handed down rather than spoken by the person it
 * follows ("The team’s motto hangs above the door.", "A framed note from his grandfather …", "That was his father’s
 * advice"): near a quote with no cue they tell of another voice (attribution/otherVoiceNear.ts). Lower case, singular
 * and plural. Slogans and chants are `chantWords.ts`.
 */
export const SAYING_NOUNS: ReadonlySet<string> = new Set([
  'motto',
  'mottos',
  'mottoes',
  'mantra',
  'maxim',
  'adage',
  'proverb',
  'saying',
  'advice',
  'plaque',
  'poster',
  'banner',
  'inscription',
  'note',
  'letter',
  'card',
  'email',
  'message',
  'placard',
]);
