import { TWITTER_HANDLE } from '../../twitterHandle';
import { LANGUAGE_TAG } from '../languageTag';
import { isFirstName } from '../lexicon/firstNames';
import { POSTING_PLATFORMS } from '../lexicon/postingPlatforms';
import { isAdverbWord } from './sieves/platformUser';
import type { BlockMention, MentionIndex } from './mentions';

// Spaces, commas, an opening parenthesis or language tags between a handle and what it owns.
const TRAILING_MARKS = new RegExp(String.raw`(?:[\s,(]|${LANGUAGE_TAG})+$`);

/**
 * A handle that ends a cue's speaker words, with the language tag or comma Global Voices writes after it: "Twitter user
 * @uxost01", "Another Twitter user @Nabiwahighhill", "the Africa producer for BBC News, @forbeesta,", "Mafalda
 * (@MafaldaQuotes) [es]".
 */
const HANDLE_END = new RegExp(String.raw`(?:^|[\s,(])(${TWITTER_HANDLE})\)?(?:\s*${LANGUAGE_TAG})?\s*,?\s*$`);

/**
 * Where the handle that ends the speaker words [from, end) of a block is (UTF-16 offsets, half-open), when it names the
 * speaker: a user a round-up knows only by their handle ("Twitter user @uxost01 tweeted:"), or a handle set off after a
 * description ("the Africa producer for BBC News, @forbeesta, says"). Null when a person's name comes right before the
 * handle ("Ahmet Taylan (@taylan1789) tweeted"): that name is the speaker, as the annotation guide lists it first; and
 * when an entity's name stands before a handle in parentheses, whose account it is.
 */
export function handleEnding(text: string, block: number, from: number, end: number, mentions: MentionIndex): { start: number; end: number } | null {
  const m = HANDLE_END.exec(text.slice(from, end));
  if (!m?.[1]) return null;
  const start = from + m.index + m[0].indexOf('@');
  const before = text.slice(from, start);
  // "Jorge A. G. Matalí [es] (@elMatali) reported": a language tag may stand between the name and its handle.
  const owned = from + before.replace(TRAILING_MARKS, '').length;
  const owner = mentions.between(block, from, start).find((x) => x.end === owned);
  if (owner && (owner.entity.type === 'person' || /\(\s*$/.test(before))) return null;
  return { start, end: start + m[1].length };
}

/**
 * A screen name in lower case right after the word for a platform's user, with a mark a word has not (an underscore, a
 * hyphen or a full stop between letters, or a digit), then perhaps the language tag of its link and an adverb before
 * the verb: "LiveJournal user i_l_d", "Nationalist blogger sinn-fein-front", "Twitter user a.l.g.", "LJ user drugoi
 * further". Group 1 is the name.
 */
const USER_NAME_END = new RegExp(
  String.raw`(?:^|\s)(?:[Uu]ser|[Bb]logger|[Cc]ommenter|[Tt]weeter|[Nn]etizen)\s+(\p{Ll}[\p{L}\p{N}]*(?:[_.-][\p{L}\p{N}]+)*\.?)(?:\s*${LANGUAGE_TAG})?(?:\s+(?:also|then|further|later|again|\p{Ll}+ly))?\s*,?\s*$`,
  'u',
);

/** A language tag in the words that end with a screen name. */
const TAGGED = new RegExp(LANGUAGE_TAG);

/**
 * Where a user's screen name ends the speaker words [from, end) of a text (UTF-16 offsets, half-open): `Anti-Putin
 * LiveJournal user i_l_d responded [ru] simply: "Go screw yourself, Yavlinsky."`, `Nationalist blogger sinn-fein-front
 * wrote [ru] gloatingly:` (Global Voices, Russia, May 2012). A round-up names the users it quotes by the names they post
 * under, as written; the guide's "Comments under a user name" makes that name the speaker. Null when the words end in
 * no such name.
 */
export function userNameEnding(text: string, from: number, end: number): { start: number; end: number } | null {
  const m = USER_NAME_END.exec(text.slice(from, end));
  // The mark that tells a screen name from a word ("blogger wrote" has none), or the language tag of the link on it
  // ("Blogger happydsf [id], voices his concern:", Global Voices, Indonesia, May 2012): a word is not linked so. A
  // platform's user named right before the verb ("LJ user drugoi wrote") is a name too, unless an adverb stands there.
  if (!m?.[1] || !(/[_.\-\p{N}]/u.test(m[1]) || TAGGED.test(m[0]) || platformScreenName(text.slice(from, end), m))) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/** A posting platform's name, then the word "user", ending the words before a screen name: "LJ user ". */
const PLATFORM_USER_BEFORE = /(?:^|\s)(\p{Lu}\p{L}+)\s+user\s+$/u;

/**
 * Whether the screen name `m` found (group 1) follows a posting platform's "user" and is no adverb: `LJ user drugoi`
 * (gv-russia-open-hostility-putin-inauguration-2012-05-08), not "One Twitter user angrily".
 */
function platformScreenName(words: string, m: RegExpExecArray): boolean {
  const name = m[1] ?? '';
  const platform = PLATFORM_USER_BEFORE.exec(words.slice(0, m.index + m[0].indexOf(name)))?.[1] ?? '';
  return POSTING_PLATFORMS.has(platform) && !isAdverbWord(name);
}

/**
 * Words that give the name someone posts or acts under, then that name, ending the speaker words: "signing himself as
 * It’s a worry,", "calling themselves Ethiopian National Transition Council", "who goes by the name Sana2 Al-Yemen".
 * Group 1 is the name: up to six words, no clause mark.
 */
const SELF_NAMED_END =
  /\b(?:(?:signing|signed|calling|called|naming|named|styling|styled)\s+(?:himself|herself|themselves|itself)(?:\s+as)?|(?:who\s+goes|going)\s+by(?:\s+the\s+name(?:\s+of)?)?)\s+((?:[^\s,;:"“”()]+\s+){0,5}[^\s,;:"“”()]+),?\s*$/u;

/**
 * Where the name a speaker gives themself ends the speaker words [from, end) of a text (UTF-16 offsets, half-open): `A
 * reader signing himself as It’s a worry, wrote:` (Global Voices, Zambia, May 2012), `A Group of Ethiopians calling
 * themselves Ethiopian National Transition Council posted a call …:` (Global Voices, Ethiopia, May 2012). The speaker
 * is that name, as written (the guide's "Comments under a user name": the speaker is the name as printed), not the
 * description before it. Null when the words end in no such name.
 */
export function selfNamedEnding(text: string, from: number, end: number): { start: number; end: number } | null {
  const m = SELF_NAMED_END.exec(text.slice(from, end));
  if (!m?.[1]) return null;
  const start = from + m.index + m[0].lastIndexOf(m[1]);
  return { start, end: start + m[1].length };
}

/**
 * An indefinite description, then a name set off by commas, ending the speaker words: "A citizen news website,
 * Tumfweko, ". Group 1 is the name: capitalised words only.
 */
const DESCRIPTION_THEN_NAME =
  /(?:^|[\s,;:—–(])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,4}[\p{Ll}-]+,\s+(\p{Lu}[\p{L}\p{N}’'.-]*(?:\s+\p{Lu}[\p{L}\p{N}’'.-]*){0,3}),\s*$/u;

/**
 * Where a name that no pass read ends the speaker words [from, end) of a block, set off by commas after an indefinite
 * description of who bears it: `A citizen news website, Tumfweko, reported the threat by opposition political parties
 * to impeach President Sata:` (Global Voices, Zambia, May 2012). AP style sets a name off so after its description, and
 * the name, not the description, speaks. Null when the words end otherwise, or when a mention other than an
 * organisation's of the whole name starts there (the passes that read it speak for it; an organisation read there is
 * still who the description sets off, `bodyCues.ts`).
 */
export function describedNameEnding(text: string, block: number, from: number, end: number, mentions: MentionIndex): { start: number; end: number } | null {
  const m = DESCRIPTION_THEN_NAME.exec(text.slice(from, end));
  if (!m?.[1]) return null;
  const start = from + m.index + m[0].lastIndexOf(m[1]);
  const nameEnd = start + m[1].length;
  const wholeBody = (x: BlockMention) => x.entity.type === 'organization' && x.start === start && x.end === nameEnd;
  if (mentions.between(block, start, nameEnd).some((x) => x.end > start && !wholeBody(x))) return null;
  return { start, end: nameEnd };
}

/** A title's first word and its colon opening the sentence, before the subtitle: "Unzipped: " of "Unzipped: Gay Armenia". */
const TITLE_HEAD = /^(\p{Lu}\p{Ll}+):\s+$/u;

/**
 * Where a photo caption says a picture is, as a label before its colon: "Left: President John F. Kennedy announces his goal
 * …", "Right: President Kennedy reaffirms the goal …" (NASA_RAG article 793).
 */
const CAPTION_PLACE = /^(?:Left|Right|Top|Bottom|Above|Below|Center|Centre|Middle|Inset|Pictured)$/u;

/**
 * Whether the speaker words from the sentence's start `from` to a mention at `named` are a blog's title and subtitle,
 * "Unzipped: Gay Armenia likens the 21 May disruption to fascism." (Global Voices): one name as written, whatever the
 * name pass read in the subtitle. The title's first word is no given name (a transcript labels a speaker's turn
 * "Andrea: …"), no caption's place label (`CAPTION_PLACE`: the name after it is who speaks) and no mention of its own.
 */
export function subtitledTitle(text: string, block: number, from: number, named: { start: number }, mentions: MentionIndex): boolean {
  const head = TITLE_HEAD.exec(text.slice(from, named.start))?.[1];
  return (
    head !== undefined && !isFirstName(head) && !CAPTION_PLACE.test(head) && !mentions.between(block, from, named.start).some((m) => m.start < named.start)
  );
}
