/**
 * Words of Arabic names English news writes in more than one romanisation, each with the spelling the news most uses:
 * a statement quoted in full keeps the U.S. government's "Usama bin Ladin" where the article writes "Osama bin Laden"
 * (wikinews-trump-says-hamza-bin-laden-killed-2019-09-17); "Qaddafi" and "Gaddafi" stand on one page
 * (wikinews-military-advisers-libya-photojournalists-killed-misrata-2011-04-20). A full name whose every word is the
 * same once these are read alike is one person's; a word alone never merges anyone. Russian given names too, which Global
 * Voices writes one way in its prose and a photo agency's caption another: "Aleksei Navalny" and a Demotix caption's
 * "Alexey Navalny" (gv-russia-varlamov-omsk-campaign-failure-2012-05-04), each the Library of Congress or the news
 * romanisation of one Cyrillic name.
 *
 * Keys and values are lower case, as the registry folds names before comparing them.
 */
export const TRANSLITERATED_NAME_WORDS: ReadonlyMap<string, string> = new Map([
  ['usama', 'osama'],
  ['ladin', 'laden'],
  ['qaddafi', 'gaddafi'],
  ['qadhafi', 'gaddafi'],
  ['aleksei', 'alexei'],
  ['aleksey', 'alexei'],
  ['alexey', 'alexei'],
  ['aleksandr', 'alexander'],
  ['sergey', 'sergei'],
  ['dmitry', 'dmitri'],
  ['dmitrii', 'dmitri'],
  ['andrey', 'andrei'],
  ['nikolay', 'nikolai'],
  ['yury', 'yuri'],
  ['yuriy', 'yuri'],
  ['evgeny', 'yevgeny'],
  ['yevgeniy', 'yevgeny'],
  ['evgeniy', 'yevgeny'],
  ['maksim', 'maxim'],
  ['vitaliy', 'vitaly'],
  ['vitali', 'vitaly'],
  ['valeriy', 'valery'],
  ['valeri', 'valery'],
  ['anatoliy', 'anatoly'],
  ['anatoli', 'anatoly'],
  ['vasiliy', 'vasily'],
  ['vasili', 'vasily'],
  ['grigoriy', 'grigory'],
  ['grigori', 'grigory'],
  ['georgiy', 'georgy'],
  ['arkadiy', 'arkady'],
  ['arkadi', 'arkady'],
]);
