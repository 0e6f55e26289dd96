/**
 * US Army rank abbreviations as Army writers put them before a name: in capitals, without a full stop, the style of
 * Army correspondence (AR 25-50) that ARCIC and TRADOC articles use in bylines and text ("By LTC Michael C. McCall",
 * "LTC McCall has over 25 years service", "COL Thomas Dillingham", "the U.S. Army Vessel CW3 Harold A. Clinger"), and
 * "Cpt.", a mixed-case form some Army bylines use ("By Cpt. Tony D. Bowers"). AP style's own abbreviations ("Lt. Col.",
 * "Brig. Gen.") are in titles.ts. Each is a title, never a name's first word.
 */
export const ARMY_RANKS: ReadonlyArray<string> = [
  'GEN',
  'LTG',
  'MG',
  'BG',
  'COL',
  'LTC',
  'MAJ',
  'CPT',
  '1LT',
  '2LT',
  'CW2',
  'CW3',
  'CW4',
  'CW5',
  'WO1',
  'CSM',
  'SGM',
  'MSG',
  '1SG',
  'SFC',
  'SSG',
  'SGT',
  'CPL',
  'SPC',
  'PFC',
  'Cpt.',
];
