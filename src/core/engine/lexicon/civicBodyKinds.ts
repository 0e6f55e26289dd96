/**
 * Nouns in lower case that say a body named after them is a civic one, a charity or a campaign, neither a government
 * nor a company: "from the gay rights group Stonewall Scotland", "of worldwide victim group Ending Clergy Abuse"
 * (wikinews-scottish-legislature-green-light-same-sex-marriage-2013-11-21,
 * wikinews-pope-francis-instructs-reporting-sexual-abuse-2019-05-12). One of such a body quoted on its cause speaks for
 * it (`sources/bodyAfter.ts`). Lower case.
 */
export const CIVIC_BODY_KINDS: ReadonlySet<string> = new Set(['group', 'charity', 'organisation', 'organization', 'ngo', 'nonprofit', 'non-profit']);
