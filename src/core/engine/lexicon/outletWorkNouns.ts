/**
 * Nouns for what a news outlet makes, does or owns that a sentence may open on before "of" the outlet's name:
 * "Coverage of The Washington Post says", "Ownership of the Daily Mail …". Capitalised at a sentence's start they look
 * like a surname; they name no person. Lower case.
 */
export const OUTLET_WORK_NOUNS: ReadonlySet<string> = new Set([
  'coverage',
  'commentary',
  'ownership',
  'polling',
  'reporting',
  'management',
  'staff',
  'research',
  'readership',
  'circulation',
  'headline',
  'investigation',
  'archive',
  'leadership',
  'board',
]);
