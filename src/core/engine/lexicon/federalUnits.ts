/**
 * Offices inside a U.S. federal agency that its own posts name by initials holding no government word: 18F and the
 * Presidential Innovation Fellows (PIF) of GSA, the U.S. Digital Service (USDS), NIH's National Institute of Biomedical
 * Imaging and Bioengineering (NIBIB) and National Center for Complementary and Integrative Health (NCCIH). A developer,
 * designer or director of one is a federal officer (`sources/agencyStaff.ts`; usgov-gsa-18f-moveforward-digital-
 * services-flash-mob-2015-05-11, usgov-gsa-debut-challenge-students-biomedicine-2015-09-18). Lower case.
 */
export const FEDERAL_UNITS: ReadonlySet<string> = new Set(['18f', 'pif', 'usds', 'nibib', 'nccih']);
