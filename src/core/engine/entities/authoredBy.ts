/**
 * "was written by Silvianne Spencer", "this Facebook message by Chai Kadai", "saved an attempt by Takashi Inui": a verb
 * of writing or composing in the passive, or the noun of a piece one person writes or an act one player makes, then
 * "by", right before a name. What a person alone writes, sings or tries is theirs; a body issues, owns, builds,
 * produces and conducts things, and a paper comments, so none of those words is here ("a comment by Rodong Sinmun",
 * "produced by Arab Al Yawm", "built by Space Systems Loral"). `before` is the text right before the name; `countVotes`
 * (contextVotes.ts) asks it only of two to four name-shaped words (`personShaped`), so "authored by Los Angeles" and "a
 * painting by South African artist" are read as before.
 *
 * Source: the session 58 development half (gv-cape-verde-creative-writing-competition-2012-05-18,
 * gv-india-vimeo-torrent-sites-blocked-2012-05-14, wikinews-fifa-world-cup-2018-day-six-japan-senegal-russia-2018-06-19).
 */
const AUTHORED_BY = /\b(?:written|penned|authored|composed|painted|sung|poem|poems|essay|letter|message|post|speech|attempt|attempts)\s+by\s$/u;

/** Whether the words `before` a name end in a piece or an act of one person's, then "by" (`AUTHORED_BY`). */
export const authoredBy = (before: string): boolean => AUTHORED_BY.test(before);
