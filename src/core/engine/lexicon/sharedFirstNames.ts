/**
 * First names the English lists give one sex alone that news from France and Italy gives men as often: "General
 * Claude Reglat, Gabon commander of French forces. … he added." (wikinews-seven-dead-french-helicopter-crash-gabon-
 * 2009-01-18), Camille Pissarro, Daniele De Rossi. Such a name tells no sex (`firstNameGender`), so the text decides. Capitalised,
 * without accents, as the lists spell names.
 */
export const SHARED_FIRST_NAMES: ReadonlySet<string> = new Set(['Claude', 'Camille', 'Daniele']);
