/**
 * Plural nouns a blog's title opens with before "from" and the place or person it is written from: "Notes from the
 * Cuban Exile Quarter" (gv-caribbean-mothers-day-bloggers-2012-05-15), "Notes from Port of Spain" (a fresh Global
 * Voices feed), "Letters from Rome", "Postcards from Havana". Capitalised at a sentence's start and followed by "from"
 * and a capitalised name, they open the name of a source, not a subject of their own. Capitalised as written.
 */
export const TITLE_OPENERS: ReadonlyArray<string> = ['Notes', 'Letters', 'Postcards', 'Dispatches', 'Tales', 'Voices', 'Views', 'Reports', 'Thoughts'];
