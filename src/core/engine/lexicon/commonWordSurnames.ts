/**
 * Words NOT_NAMES holds that are also surnames, and name a person when a known first name comes right before them:
 * "Doris Day" (an English Wikinews obituary, development half), "Martin How" (a fresh Wikinews page). Kept to the
 * ones real news has shown, since each also ends names that are no person's ("Christmas Day"). "Theresa May stepped down"
 * (wikinews-johnson-suspends-parliament-five-weeks-brexit-2019-09-11): a month's name is a surname after a first name.
 */
export const COMMON_WORD_SURNAMES = new Set(['Day', 'How', 'May']);
