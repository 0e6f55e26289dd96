/**
 * Nouns for someone who works, studies or lives beside a person, whose memories a profile may quote with no cue of its
 * own ("His longtime deputy … remembers his first week. “He walked into the lab …”"). Near a quote with no cue they tell
 * of a second voice (attribution/otherVoiceNear.ts). Relatives are `kinNouns.ts`, spokespeople `proxyNouns.ts`. Lower
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
]);
