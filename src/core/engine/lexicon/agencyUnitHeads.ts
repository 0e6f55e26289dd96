/**
 * Nouns that end the name of a unit inside a body ("Humanitarian Information Unit", "Identity Assurance and Trusted
 * Access Division", "Office of Innovation"): a unit that the text names in a government body's possessive is part of
 * that government (`sources/articleAgencies.ts`). Capitalised, as a unit's name is written.
 */
export const AGENCY_UNIT_HEADS: ReadonlySet<string> = new Set(['Unit', 'Division', 'Branch', 'Office', 'Program', 'Group', 'Team', 'Section', 'Directorate']);
