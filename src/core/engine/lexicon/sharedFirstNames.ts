/**
 * First names the English lists give one sex alone that news from France and Italy gives men as often: "General
 * Claude Reglat, Gabon commander of French forces. … he added." (wikinews-seven-dead-french-helicopter-crash-gabon-
 * 2009-01-18), Camille Pissarro, Daniele De Rossi; news from the Arab world gives men "Adel", a woman's name on the
 * English list ("Adel, a 23-year-old blogger, took a break from his studies …. …, he believed …",
 * gv-egypt-bloggers-react-obama-cairo-speech-2009-06-06); and news from Russia and Ukraine gives men "Andrei" and
 * "Valery", women's names on the English list ("Andrei Morozov …, wearing the same jacket he had on seven years
 * earlier, …. He had always claimed …", gv-russia-runet-tomatoes-tusovki-2012-05-18). Such a name tells no sex
 * (`firstNameGender`), so the text decides. Capitalised, without accents, as the lists spell names.
 */
export const SHARED_FIRST_NAMES: ReadonlySet<string> = new Set(['Claude', 'Camille', 'Daniele', 'Adel', 'Andrei', 'Valery']);
