/**
 * Continental adjectives, capitalised, that a region's people go by after a compass word (`entities/qualifiedPlaces.ts`):
 * "North African", "East Asian" ("which Middle Eastern or North African country"). After a compass word they name a
 * region, never a surname.
 */
export const CONTINENTAL_ADJECTIVES: ReadonlySet<string> = new Set([
  'African',
  'Asian',
  'European',
  'American',
  'Arab',
  'Arabian',
  'Mediterranean',
  'Caribbean',
]);
