/**
 * Reporting verbs (lemmas of `reportingVerbs.ts`) whose object is followed by the reason for the praise or the blame,
 * after "for" ("thanked X for repelling an “unprecedented terrorist attack”", docs/annotation-guide.md): a phrase
 * in marks there is the speaker's own words. "Accuse" gives its charge after "of".
 */
export const REASON_FOR = new Set(['thank', 'praise', 'criticise', 'blame', 'condemn']);
