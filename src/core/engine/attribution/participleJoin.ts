import { isSpeechVerb } from '../lexicon/reportingVerbs';
import { bareParticipleJoin } from './issuedStatement';

/** A participle that tells words said or written, after "by": "by saying", "by noting". */
const MANNER_OF_SAYING = /^(?:saying|writing|noting|stating|tweeting|explaining|declaring|arguing|claiming|insisting|telling|pointing\s+out)\b/;
/**
 * A clause's verb in the past (or one of opening, going on, closing), then "by": " began by ", " continued by "; a verb of
 * opening or closing may take what it opens first, with a possessive or an article (`Mr. Ahern started his speech by
 * saying "…"`, fresh AMALGUM Wikinews news, wild15: AMALGUM_news_bush); so may a past verb whose object is owned or
 * determined, one or two words (`Ivan Lewis echoed Mujawar's statements by saying that …`, AMALGUM_news_agrees), or a
 * name (`Potts defended Marsh by saying that he, too, had already suffered …`, wikinews-english-court-jails-policeman-
 * insurance-fraud-2010-06-30), or an object pronoun (`Fung Wah addressed them by saying that …`, wikinews-controversies-
 * eve-hong-kong-legislative-election-2016-09-03).
 */
const VERB_THEN_BY =
  /(?<=\b(?:\p{Ll}{2,}ed|began|begins|starts|ends|opens|closes|continues|concludes|responds|replies)|\b(?:started|began|opened|ended|closed|concluded)\s+(?:his|her|their|its|the)\s+\p{Ll}+|\b\p{Ll}{2,}ed\s+(?:\p{Lu}[\p{L}-]*['’]s|his|her|their|its|the|these|this|those)\s+(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}[\p{Ll}-]*|\b\p{Ll}{2,}ed\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}|\b\p{Ll}{2,}ed\s+(?:him|her|them|it|us|me))\s+by\s+$/u;

/**
 * A past verb (or a modal's), a determined object of any length up to a clause mark, then "by": `Christie defended his
 * decision not to cancel his family's vacation plans by` (wikinews-beachside-photos-new-jersey-governor-draw-criticism-
 * 2017-07-03), `President Bush will support the move to price indexing for calculating initial benefits by` (wikinews-
 * bush-social-security-price-indexing-2005-01-04). Read only before a participle of saying and "that": the object then cannot be what speaks, and the
 * clause's subject argues its act with the words of the that-clause.
 */
const VERB_LONG_OBJECT_BY =
  /\b(?:\p{Ll}{2,}ed|(?:will|would|can|could|must|should)\s+\p{Ll}{2,})\s+(?:his|her|their|its|the|a|an)\s+[^,;:"“”()]{1,100}?(\s+by\s+)$/u;

/**
 * A past verb with whatever it does or to whom, up to "by", with no clause of another subject between (no "that", "who",
 * "why", …): `Chavez defended Morales in his speech by` (wikinews-venezuelan-president-chavez-criticises-bush-un-address-
 * 2006-09-22), `He interrupted his speech to respond to hecklers by` (wikinews-2005-world-social-forum-brazil-coverage-
 * 2005-01-28). Read only before a participle of saying that leads straight into the quotation (`BY_SAYING_QUOTE`): the
 * words in marks are then how the clause's subject did what its verb says.
 */
const VERB_ANY_OBJECT_BY =
  /\b\p{Ll}{2,}ed(?:\s+(?!(?:that|which|who|whom|whose|why|what|how|when|where|whether|if|was|were|is|are|been)\b)[\p{L}'’-]+){1,12}?(\s+by\s+)$/u;
/**
 * A speech verb in the past and its that-clause, up to "by": `Miliband acknowledged that the solution was not simply a
 * military one by` (wikinews-international-conference-agrees-plan-yemen-terror-2010-01-27). The participle of saying
 * after it goes on from the speech verb, whose subject the clause reader finds (`participleSubject`), not from the
 * that-clause's verb.
 */
const SPEECH_THAT_BY = /\b(\p{Ll}{2,}ed)\s+that\s+[^,;:"“”()]{1,120}?(\s+by\s+)$/u;
/** A participle of saying, perhaps where it was said ("at a press conference"), then a comma or colon or nothing, then the opening mark. */
const BY_SAYING_QUOTE =
  /^(?:saying|stating|writing|declaring|telling\s+(?:\p{Ll}+\s+){1,3})(?:\s+(?:at|in|during|on)\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)?\s*[,:]?\s*["“]/u;

/** Where a participle cue hangs on the clause before it. */
export interface ParticipleJoin {
  /** The offset (UTF-16, into the block's text) where the clause the participle hangs on ends: its comma, "by" or the space before it. */
  at: number;
  /** Whether a comma sets the participle off: only then may the name right before it be the clause's inverted subject (`participleSubject`). */
  afterComma: boolean;
}

/**
 * Where the participle at `verbStart` (`…, saying "…"`, `He began by saying:`, `… claim saying, "…"`) hangs on the clause
 * before it, whose subject then speaks: after a comma, after a past verb and "by" with a participle of saying, or with
 * no comma where `bareParticipleJoin` reads one; null when it hangs on none (the words right before the verb speak).
 * `sentenceStart` bounds the look back. Whether the word at `verbStart` is a participle at all is the caller's to check.
 */
export function participleJoin(text: string, sentenceStart: number, verbStart: number): ParticipleJoin | null {
  const comma = /,\s*$/.exec(text.slice(sentenceStart, verbStart));
  // "Matonga disputed Tsvangirai's claim saying, “…”": a writer may leave out the comma before "saying"; the words
  // before it are then the clause's object, not its speaker.
  // "… instead of bestsellers by saying, “…”" is a preposition's object, not a clause of its own.
  // ("while" is left to `bareParticipleJoin`: "defended the record whilst promising" hangs on the clause.)
  const preposition = /\b(?:by|of|for|without|about|after|before|from|in|on|when)\s+$/i.test(text.slice(sentenceStart, verbStart));
  // "He began by saying:" (Global Voices, Lebanon, May 2012), "He continued by noting that …": "by" and a participle
  // of saying right after the clause's verb tell how its subject did what the verb says, so that subject speaks, read
  // as for a participle after a comma ("by adding equipment", "by asking them to clear the way" need not report words
  // of that subject's; "… instead of bestsellers by saying" hangs on no verb).
  const saying = !comma && MANNER_OF_SAYING.test(text.slice(verbStart));
  const manner = saying ? VERB_THEN_BY.exec(text.slice(sentenceStart, verbStart)) : null;
  const longObject =
    saying && !manner && /^\p{L}+(?:\s+out)?\s+that\b/u.test(text.slice(verbStart)) ? VERB_LONG_OBJECT_BY.exec(text.slice(sentenceStart, verbStart)) : null;
  const intoQuote = saying && !manner && !longObject && BY_SAYING_QUOTE.test(text.slice(verbStart));
  const reported = intoQuote ? SPEECH_THAT_BY.exec(text.slice(sentenceStart, verbStart)) : null;
  const anyObject = intoQuote
    ? (VERB_ANY_OBJECT_BY.exec(text.slice(sentenceStart, verbStart)) ?? (reported?.[1] && isSpeechVerb(reported[1]) ? [reported[0], reported[2]] : null))
    : null;
  // "Ahmadinejad did not directly respond to the subject of Israel - stating "We love all nations."" (wikinews-
  // ahmadinejad-speaks-columbia-university-2007-09-24): a dash sets the participle off as a comma would, read only
  // before a participle of saying that leads straight into the quotation ("the masks of democrats - arguing about
  // freedom" tells no words).
  const dash = !comma && BY_SAYING_QUOTE.test(text.slice(verbStart)) ? /\s[-–—]\s*$/.exec(text.slice(sentenceStart, verbStart)) : null;
  const bare = !comma && !dash && !preposition ? bareParticipleJoin(text, sentenceStart, verbStart) : null;
  const byAt = longObject?.[1] ?? anyObject?.[1];
  const long = byAt === undefined ? null : verbStart - byAt.length;
  const join = comma ? sentenceStart + comma.index : manner ? sentenceStart + manner.index : dash ? sentenceStart + dash.index : (long ?? bare);
  return join === null ? null : { at: join, afterComma: comma !== null };
}
