import { BODY_HEADS } from './bodyHeads';
import { OUTLET_HEADS } from './outletHeads';

/**
 * Words that end the name of an organisation that is not a person: outlets (`outletHeads.ts`: "Times", "Dispatch"), companies
 * ("Motors", "Holdings", "Inc."), and public bodies, parties and clubs (`bodyHeads.ts`: "Council", "Party"; "FC"). A name ending in
 * one counts towards an organisation where nothing else classifies it.
 *
 * Each entry is a regular-expression alternative, written as source and joined as written into one expression
 * that matches at the end of a name after a word boundary ("Inc\\.?" matches "Inc" and "Inc."). Entries are
 * capitalised as in a name and matched case-sensitively.
 */
export const ORG_NAME_HEAD_PATTERNS = [
  ...OUTLET_HEADS,
  ...BODY_HEADS,
  // A media watchdog: "the Lebanese LGBT Media Monitor put out a call on its Facebook page …" (Global Voices, 2012).
  // "Monitor" alone is too common a word to end an organisation's name by itself (`placePaperHeads.ts`).
  'Media Monitor',
  'Geoscience',
  'Science',
  'Nature',
  'Lancet',
  'Properties',
  'Realty',
  'Foods',
  'Pharma',
  'Associates',
  'Inc\\.?',
  'Corp\\.?',
  'Ltd\\.?',
  'FC',
  'United',
];
