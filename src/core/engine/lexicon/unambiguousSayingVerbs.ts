/**
 * Verbs of saying, lower case, that are verbs wherever they stand after a description. Not a form a noun or an
 * adjective shares ("sixteen states filed", "other news agency reports put", "several alleged accomplices"), nor one a
 * later reader may give a speaker the description names ("Goa's government announced …", "Former British child actor
 * claims to be …"). Read by reported/describedGroupClause.ts.
 */
export const UNAMBIGUOUS_SAYING_VERBS: ReadonlySet<string> = new Set(['say', 'says', 'said', 'stated', 'argued', 'insisted', 'warned', 'suggested']);
