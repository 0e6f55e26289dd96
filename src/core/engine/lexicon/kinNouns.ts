import { STAND_IN_KIN } from './standInKin';
import { SURNAME_SHARING_KIN } from './surnameSharingKin';

/**
 * Nouns of kinship and marriage, which name a person's relative: set before a name they make it a person's ("his wife
 * Israa Kamal", "her brother, Darryl Gaines", "Trump's niece Mary Trump"). Lower case, singular and plural. The kin
 * that shares a surname (`SURNAME_SHARING_KIN`) and the relatives who may stand in for a parent (`STAND_IN_KIN`) are
 * listed in their own files and taken in here.
 */
export const KIN_NOUNS: ReadonlySet<string> = new Set([
  ...SURNAME_SHARING_KIN,
  'fiancée',
  'fiancé',
  'fiancee',
  'fiance',
  'girlfriend',
  'boyfriend',
  'mother',
  'father',
  'mom',
  'mum',
  'dad',
  'grandson',
  'granddaughter',
  'stepson',
  'stepdaughter',
  'nephew',
  'niece',
  'cousin',
  ...STAND_IN_KIN,
]);
