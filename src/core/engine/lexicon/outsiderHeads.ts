/**
 * Plural nouns for people who stand outside the body they are named after, so that "Critics of the Thai government
 * have called for …" is the critics speaking, never the government (WikinewsSum record 56, the Thai paper-bird drop,
 * 2004). Members and staff ("officials of the government") are left out: they may speak for their body. Lower case.
 */
export const OUTSIDER_HEADS: ReadonlySet<string> = new Set([
  'critics',
  'opponents',
  'detractors',
  'foes',
  'enemies',
  'rivals',
  'supporters',
  'fans',
  'admirers',
]);
