/**
 * Plural nouns, lower case, of texts that charge, propose or lay down, besides the documents of `documentNouns.ts`
 * (`attribution/reported/ordinalDocument.ts`): "two different articles of impeachment" (wikinews-us-house-impeaches-
 * president-trump-2019-12-21), "two bills", "both motions". Once counted, "the first" and "the second" of them speak.
 */
export const LAID_DOWN_NOUNS: ReadonlySet<string> = new Set(['articles', 'bills', 'motions', 'amendments', 'lawsuits', 'complaints', 'indictments']);
