/**
 * Past forms of lexical verbs that do not end in "-ed" and are common in news ("told reporters", "met on Tuesday",
 * "spoke with"): one list for every pass that must tell a past verb without the suffix (the tense of a date's
 * sentence, a clause's subject, the end of a directive's content, the speaker's next act). Auxiliaries (was, had,
 * did) are not here: each pass decides about them.
 *
 * Entries are lower case; callers lower-case the word before looking it up.
 */
export const IRREGULAR_PAST = new Set(
  (
    'said told met went came broke took gave made held began spoke flew left saw found fell rose won lost sent brought ' +
    'bought thought felt kept led ran sank struck threw wrote stood sat drove caught got paid sold shot fought chose ' +
    'became knew grew drew heard meant built spent fled sought taught stole woke swore hung overtook undertook withdrew ' +
    'upheld put set called hit shook swept dealt wore tore stuck rode rang sang froze hid fed bled slid'
  ).split(' '),
);
