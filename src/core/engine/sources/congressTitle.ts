/**
 * "Representative Jim Ramstad (R Minnesota)", "Representative Andre Carson of Indiana", "Democratic Representative Adam
 * Schiff" (wikinews-us-senate-approves-revised-bailout-package-2008-10-02, wikinews-travel-ban-2-exempts-iraqis-us-
 * permanent-residents-2017-03-06): "Representative" or "Rep." capitalised as the title right before a name, after
 * nothing but a party or a tense word, is a member of the US House or a state's house, an official (AP capitalises it
 * so), where "a representative of the union" or "Union representative Brightmore Mbanjwa" speaks for another.
 */
const CONGRESS_TITLE = /^(?:(?:former|then|incumbent|Former|Then|Incumbent|Republican|Democratic|Democrat|GOP)\s+)*(?:Representative|Rep\.)$/u;

/** Whether a phrase, the words written before a name, is the title of a member of a house of representatives. */
export const isCongressTitle = (phrase: string): boolean => CONGRESS_TITLE.test(phrase.trim());

/**
 * "a Democrat on the Senate Judiciary committee" (wikinews-travel-to-us-resumes-federal-judge-blocks-executive-order-
 * 2017-02-05), "a Republican member of the House Intelligence Committee": a party's member who sits on a committee of
 * the Senate or the House is a legislator, an official.
 */
const ON_COMMITTEE =
  /\b(?:Democrat|Republican)\s+(?:member\s+)?(?:on|of)\s+the\s+(?:U\.?S\.?\s+|United\s+States\s+)?(?:Senate|House)\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}[Cc]ommittee\b/u;

/** Whether a phrase says its person is a party's member of a committee of the Senate or the House. */
export const sitsOnCommittee = (phrase: string): boolean => ON_COMMITTEE.test(phrase);
