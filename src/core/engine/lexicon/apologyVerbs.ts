/**
 * Verbs, lower case, of an apology, which tells what it is for after "for" (`attribution/reported/talkedOf.ts`): "The
 * company apologized for its website being inaccessible due to high volume of traffic" (wikinews-scheduled-power-outages-
 * northern-california-2019-10-09; docs/annotation-guide.md, "`apologized for X`"), "He later apologized for the comment"
 * (wikinews-radio-host-don-imus-dies-2019-12-28).
 */
export const APOLOGY_VERBS: ReadonlySet<string> = new Set(['apologized', 'apologised', 'apologizes', 'apologises']);
