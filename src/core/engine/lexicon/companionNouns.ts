/**
 * Nouns for someone who works, studies or lives beside a person, whose memories a profile may quote with no cue of its
 * own ("His longtime deputy … remembers his first week. “He walked into the lab …”"). Near a quote with no cue they tell
 * of a second voice (attribution/otherVoiceNear.ts); right before a name of two words, that it is a person's
 * (entities/personNounBefore.ts). Relatives are `kinNouns.ts`, spokespeople `proxyNouns.ts`. Lower
 * case, singular and plural.
 */
export const COMPANION_NOUNS: ReadonlySet<string> = new Set([
  'colleague',
  'colleagues',
  'coworker',
  'coworkers',
  'co-worker',
  'co-workers',
  'deputy',
  'mentor',
  'mentors',
  'mentee',
  'boss',
  'supervisor',
  'manager',
  'teacher',
  'teachers',
  'professor',
  'coach',
  'teammate',
  'teammates',
  'classmate',
  'classmates',
  'roommate',
  'neighbor',
  'neighbour',
  'interviewer',
  // "Kosgei's countryman Eliud Kipchoge" (wikinews-kosgei-world-record-chicago-marathon-2019-10-14): one of the same country.
  'countryman',
  'countrymen',
  'countrywoman',
  'compatriot',
  'compatriots',
]);
