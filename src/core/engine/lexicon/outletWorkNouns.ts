/**
 * Nouns for what a news outlet makes, does or owns that a sentence may open on before "of" the outlet's name:
 * "Coverage of The Washington Post says", "Ownership of the Daily Mail …". Capitalised at a sentence's start they look
 * like a surname; they name no person. Lower case. Read with the documents, views, written works and kinds of organisation
 * (`surnameOfOutlet.ts`), whose words ("research", "analysis", "editorial") are not listed again here.
 */
export const OUTLET_WORK_NOUNS: ReadonlySet<string> = new Set([
  'coverage',
  'ownership',
  'polling',
  'reporting',
  'management',
  'staff',
  'readership',
  'circulation',
  'headline',
  'investigation',
  'archive',
  'leadership',
  'board',
]);
