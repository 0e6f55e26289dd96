/**
 * "a close-range header from Keisuke Honda's assist", "a close-range shot from Willian's assist", "a header from Xherdan
 * Shaqiri", "a lazy high shot from Kauri": in a match report, a noun of a play (a shot, a header, a pass, a goal), then
 * "from", right before a name. The play is a player's, so the name is a person, though "from" before a name more often
 * says where (`contextVotes.ts` votes a place for it). `before` is the text right before the name.
 *
 * Source: the session 58 development half (wikinews-fifa-world-cup-2018-day-six-japan-senegal-russia-2018-06-19,
 * wikinews-fifa-world-cup-2018-brazil-belgium-advance-mexico-japan-2018-07-04,
 * wikinews-caloundra-defeat-maroochydore-sunshine-coast-rugby-2020-08-18), where every such name in the half's football
 * and rugby reports (thirteen) is a player's.
 */
const PLAY_FROM = /\b(?:header|shot|cross|pass|assist|free[\s-]kick|corner|goal|strike|volley|penalty|ball|effort)s?\s+from\s$/u;

/** Whether the words `before` a name end in a play's noun and "from" (`PLAY_FROM`). */
export const playFrom = (before: string): boolean => PLAY_FROM.test(before);
