/**
 * Nouns for one who puts the questions or writes the story: the listener of a speech act so described (`spoke to VOA
 * English to Africa Service reporter Joe De Capua`, voa-somali-refugees-thousand-a-day-kenya-2006-10-06; `told VOA Studio
 * 7 reporter Patience Rusere`, voa-zimbabwe-cfu-sounds-alarm-takeover-violence-2009-11-06) is the hearer of the quotes
 * that follow, not their speaker.
 *
 * Entries are lower case; callers lower-case the word before looking it up.
 */
export const INTERVIEWER_NOUNS = new Set([
  'reporter',
  'correspondent',
  'journalist',
  'interviewer',
  'host',
  'presenter',
  'anchor',
  'anchorman',
  'anchorwoman',
  'newsman',
  'newswoman',
  'columnist',
  'editor',
  'stringer',
]);
