/**
 * Words that end a newspaper's name after the name of its city or country, and are too often a surname or a common
 * word to end an organisation's name by themselves: "The Baltimore Sun", "Manila Bulletin", "The Boston Globe",
 * "Dalit Voice". Only a place's name (or a people's) before one makes the two words a newspaper (`classify.ts`).
 * Capitalised as in a name.
 */
export const PLACE_PAPER_HEADS: ReadonlySet<string> = new Set([
  'Sun',
  'Bulletin',
  'Globe',
  'Mirror',
  'Express',
  'Standard',
  'Monitor',
  'Record',
  'Voice',
  'Courier',
  'Examiner',
  'Inquirer',
  'Enquirer',
  'Sentinel',
  'Register',
  'Reporter',
]);
