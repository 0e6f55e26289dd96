/**
 * Organisation head words that name no organisation when they stand alone: "the Fund", "the Council", "Police",
 * "the Times". A one-word name that is one of them is left unclassified, and is not counted as an outlet or
 * company by its head alone.
 *
 * Entries are written capitalised, as in a name, and are matched case-sensitively.
 */
export const GENERIC_ORG_HEADS = new Set([
  'Fund',
  'Group',
  'Council',
  'Committee',
  'Ministry',
  'Department',
  'Office',
  'Company',
  'Agency',
  'Party',
  'Union',
  'Court',
  'Police',
  'Army',
  'Government',
  'Bank',
  'Board',
  'Commission',
  'Center',
  'Centre',
  'Service',
  'Team',
  'Club',
  'News',
  'Times',
  'Post',
]);
