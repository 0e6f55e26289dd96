/**
 * NASA's field centres, named by a word people also bear as a surname ("Marshall", "Johnson"), so no government word
 * alone (`governmentWords.ts` holds the rarer "stennis" and "goddard"): each is a government body only where the next
 * word names a centre ("Johnson Center Director", "Wallops Flight Facility director", "Michoud Assembly Facility
 * Director") or, for the names no famous person owns, in the possessive ("Marshall’s center director"). Lower case;
 * `true` where the possessive names the centre too.
 */
export const AGENCY_CENTRES: ReadonlyMap<string, boolean> = new Map([
  ['marshall', true],
  ['ames', true],
  ['langley', true],
  ['wallops', true],
  ['michoud', true],
  ['johnson', false],
  ['glenn', false],
  ['armstrong', false],
]);
