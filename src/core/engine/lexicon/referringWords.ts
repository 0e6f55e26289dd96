/**
 * Words that point a noun phrase back at something the text named before, and so are no part of its name: the
 * determiners "this", "that", "these", "those" and, after any determiner, "same", "aforementioned", "above" ("From the
 * same Zogby study:", wikinews-defense-report-communication-failure-war-on-terror-2004-12-02). A phrase they open names
 * what they point at, never a new source called "same Zogby study".
 */
export const REFERRING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'this', 'that', 'these', 'those']);

/** The words after a determiner that say it is the one already named ("the same study", "the aforementioned report"). */
export const REFERRING_MODIFIERS: ReadonlySet<string> = new Set(['same', 'aforementioned', 'above', 'above-mentioned', 'abovementioned', 'very']);
