/**
 * Words of Arabic names English news writes in more than one romanisation, each with the spelling the news most uses:
 * a statement quoted in full keeps the U.S. government's "Usama bin Ladin" where the article writes "Osama bin Laden"
 * (wikinews-trump-says-hamza-bin-laden-killed-2019-09-17); "Qaddafi" and "Gaddafi" stand on one page
 * (wikinews-military-advisers-libya-photojournalists-killed-misrata-2011-04-20). A full name whose every word is the
 * same once these are read alike is one person's; a word alone never merges anyone.
 *
 * Keys and values are lower case, as the registry folds names before comparing them.
 */
export const TRANSLITERATED_NAME_WORDS: ReadonlyMap<string, string> = new Map([
  ['usama', 'osama'],
  ['ladin', 'laden'],
  ['qaddafi', 'gaddafi'],
  ['qadhafi', 'gaddafi'],
]);
