/**
 * Acronyms whose full name is known, each with that name, so that "UN" and "United Nations" are one organisation.
 * An organisation written as the acronym is named by its full name, with the acronym kept as an alias.
 *
 * Each entry is [acronym, full name]; acronyms are written as in text (with full stops where news writes them,
 * "U.N."), and several acronyms may share one full name. Both are matched case-sensitively.
 */
export const ACRONYM_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['UN', 'United Nations'],
  ['U.N.', 'United Nations'],
  ['EU', 'European Union'],
  ['E.U.', 'European Union'],
  ['NATO', 'North Atlantic Treaty Organization'],
  ['WHO', 'World Health Organization'],
  ['IMF', 'International Monetary Fund'],
  ['WTO', 'World Trade Organization'],
  ['OPEC', 'Organization of the Petroleum Exporting Countries'],
  ['UNICEF', "United Nations Children's Fund"],
  ['ASEAN', 'Association of Southeast Asian Nations'],
  ['AP', 'Associated Press'],
  ['FBI', 'Federal Bureau of Investigation'],
  ['CIA', 'Central Intelligence Agency'],
  ['NASA', 'National Aeronautics and Space Administration'],
  ['AFP', 'Agence France-Presse'],
];
