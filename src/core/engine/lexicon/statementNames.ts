/**
 * Nouns a text uses by turns for one statement put out in someone's name: "In an official release from Amnesty
 * International …" then "…," read the statement (wikinews-amnesty-international-iran-free-journalists-2009-06-28). A
 * "the statement" may refer back to any of them. Lower case, singular.
 */
export const STATEMENT_NAMES: ReadonlySet<string> = new Set(['statement', 'release', 'communiqué', 'communique']);
