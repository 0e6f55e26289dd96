/**
 * Nouns for asking in words, which "added" makes what was said rather than something put in: "Hawkins renewed his
 * support for the Green New Deal …, and added a call for the abolition of nuclear weapons" (English Wikinews 2020, a
 * fresh article outside the corpus). The noun phrase is the content, as the object of an object-noun cue is
 * (docs/annotation-guide.md, "Directive and object-noun cues"); and whose list a group's appeals "include" (`Their demands
 * have included dissolving Parliament, …`, reported/appealsInclude.ts). Lower case.
 */
export const APPEAL_NOUNS: ReadonlySet<string> = new Set(['call', 'calls', 'plea', 'pleas', 'appeal', 'appeals', 'request', 'requests', 'demand', 'demands']);
