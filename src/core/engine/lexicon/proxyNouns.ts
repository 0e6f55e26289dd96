/**
 * Nouns for someone who speaks or acts for another person, or stands by them: set before "of", "for" or "to" and a
 * person's name they make the speaker someone else ("a spokesman for West claimed", "an aide to the senator said").
 * Lower case, singular and plural. Relatives are `kinNouns.ts`.
 */
export const PROXY_NOUNS: ReadonlySet<string> = new Set([
  'spokesman',
  'spokesmen',
  'spokeswoman',
  'spokeswomen',
  'spokesperson',
  'spokespeople',
  'lawyer',
  'lawyers',
  'attorney',
  'attorneys',
  'aide',
  'aides',
  'adviser',
  'advisers',
  'advisor',
  'advisors',
  'friend',
  'friends',
  'assistant',
  'assistants',
  'representative',
  'representatives',
  'publicist',
  'agent',
]);
