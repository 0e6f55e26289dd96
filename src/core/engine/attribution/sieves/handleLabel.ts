import { TWITTER_HANDLE } from '../../../twitterHandle';
import { LANGUAGE_TAG } from '../../languageTag';
import type { MentionIndex } from '../mentions';
import type { CueReader } from '../subjects';
import { attributed, unattributed, type FoundQuote, type Subject } from '../types';

/** Where a tweet or post given as `@handle: text` puts its author and its words. */
export interface HandleLabel {
  /** The handle with its `@`: [start, end) in UTF-16 code units of the paragraph. */
  handle: { start: number; end: number };
  /** The post's words after the colon, without a stray quote mark left at the paragraph's end. */
  words: { start: number; end: number };
  /** Where the label ends: after its colon (`@Liu Yadong [zh]:`), before the space that follows it. */
  cueEnd: number;
  /** The account's display name before its handle (`Jose Sanclemente ‏@josesanclemente:`), null when none stands there. */
  name: { start: number; end: number } | null;
}

/**
 * The display name Twitter prints before an account's handle, as a round-up copies it with the tweet: one to five
 * words, the first capitalised or a symbol (`Mrs. ∞ ßϒξn`), the others never an ASCII word in lower case but a name's
 * particle (`Joan Baldoví i Roda`), so that prose addressing a handle ("Reply to @x:", "Tweet by @x:") is no name.
 */
const DISPLAY_NAME = String.raw`(?:\p{Lu}|[^\s\p{Cf}\p{L}:@])[^\s\p{Cf}:@]*(?:\s+(?:[^\s\p{Cf}a-z:@][^\s\p{Cf}:@]*|(?:i|y|e|de|del|da|do|dos|das|van|von|der|den|la|le|el|al|bin|ibn)(?=\s))){0,4}`;

/**
 * A Twitter/X handle (at most 15 letters, digits or underscores) opening a paragraph, then a colon; or a Weibo name in
 * any letters (`@毛聊：“半岛”…`, `@半拉北京人: His assets…`), or of two or three capitalised words (`@Liu Yadong [zh]: …`);
 * either may be followed by the language tag Global Voices links its source with (`[zh]`, or two: `[es/ca]`). A Twitter handle
 * may come after the account's display name (`Dark Vader ‏ @pistatxin78: #Bankia, …`, Global Voices, Spain, May 2012). A Weibo name without its `@`
 * labels the Chinese original before the full-width colon of Chinese text (`wh_w：严重怀疑…`). A Twitter handle's colon
 * may touch the post's first letter, as a copied tweet keeps it (`@DunjaLazic:sutra su dakle prvi izbori…`, Global
 * Voices, Serbia, May 2012). A directional mark the scrape kept may stand after the colon (`@hadilaziz:\u202C We will not
 * allow …`, Global Voices, Jordan, May 2012): an invisible format character, no word. A semicolon typed for the colon
 * labels the post as well (`@Acampadabcn; Recordar mostrar vuestro rechazo al BCE …`, Global Voices, Spain, May 2012).
 * Group 1 is the display name, 2 the handle, 3 the Weibo name without `@`.
 */
const LABEL = new RegExp(
  String.raw`^(?:(${DISPLAY_NAME})[\s\p{Cf}]+(?=${TWITTER_HANDLE}:))?(${TWITTER_HANDLE}|@[\p{L}\p{N}_-]{1,30}|@\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){1,2}(?= ${LANGUAGE_TAG}))(?: ${LANGUAGE_TAG})?(?::\p{Cf}*\s+|:(?=\p{L})|：\s*|;\s+)|^([\p{L}\p{N}_-]{1,30})：\s*`,
  'u',
);

/** A letter without its accents, in lower case: `Á` is `a`. */
const plainInitial = (word: string): string => (word.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '')[0] ?? '').toLowerCase();

/**
 * Whether the words before a handle are its account's display name: two words or more (`Dark Vader`), or one that
 * begins as the handle does (`Toret @Toret`, `Peich @_Peich`, `Ángel @A_Cas`), so that a verb addressing the reader
 * ("Follow @vankaay:") is no name.
 */
function displayNameOf(name: string, handle: string): boolean {
  return /\s/.test(name) || plainInitial(name) === plainInitial(handle.slice(1));
}

/**
 * `@vankaay: baru nyadar, bapak fauzi bowo…`: a paragraph that opens with a handle and a colon gives a post
 * in the handle's own words (the convention of blog round-ups such as Global Voices, written into
 * docs/annotation-guide.md, "Tweets and posts"). The whole rest of the paragraph is one direct quote by
 * the handle, whatever quote marks it holds: marks inside a post belong to the post. Null for any other
 * paragraph.
 */
export function handleLabel(text: string): HandleLabel | null {
  // A right-to-left mark the scrape kept before a post ("\u200F@A4Mai: Dear Mr. Brennan, …", Global Voices) is no word.
  const lead = /^\p{Cf}*/u.exec(text)?.[0].length ?? 0;
  const label = LABEL.exec(text.slice(lead));
  const handle = label?.[2] ?? label?.[3];
  if (!label || !handle) return null;
  const handleStart = lead + label[0].indexOf(handle, label[1]?.length ?? 0);
  if (label[1] && !displayNameOf(label[1], handle)) return null;
  let end = text.trimEnd().length;
  // A mark left open at the end (`… :)))"`) has no partner in the post: it is not part of its words.
  const marks = text.match(/["“”]/g) ?? [];
  if (marks.length % 2 === 1 && /["”]$/.test(text.slice(0, end))) end--;
  const start = lead + label[0].length;
  if (end - start < 2) return null;
  const name = label[1] ? { start: lead, end: lead + label[1].length } : null;
  const cueEnd = lead + label[0].replace(/[\s\p{Cf}]+$/u, '').length;
  return { handle: { start: handleStart, end: handleStart + handle.length }, words: { start, end }, cueEnd, name };
}

/**
 * The person whose display name labels a post before its handle (`Jose Sanclemente ‏ @josesanclemente: ¿cuanto IVA …`,
 * Global Voices, Spain, May 2012): the account holder, when the name pass found the whole display name as a person;
 * null for a name it did not (`Dark Vader`, `Renta Básica`: the handle then speaks, a source of its own) or no name.
 */
export function accountHolder(post: HandleLabel, block: number, mentions: MentionIndex): Subject | null {
  const { name } = post;
  if (!name) return null;
  const named = mentions.between(block, name.start, name.end).find((m) => m.start === name.start && m.end === name.end && m.entity.type === 'person');
  return named ? { ref: { block, ...name }, entity: named.entity, resolution: 'name', antecedent: null } : null;
}

/** A retweet's `RT @handle: ` or a quoted post's `“@handle: ` inside a post; group 1 the opening mark, 2 the handle. */
const PASSED_ON = new RegExp(String.raw`(?:^|\s)(?:RT\s+|([“"]))(${TWITTER_HANDLE}):\s+`, 'u');

/**
 * `… #IndonesiaSavesGaga RT @lanaaisya: FPI is being a hypocrite. #saveladygaga` / `“@KommandaObbs: It's annoying how a
 * small country like Lesotho has over 17 political parties …” democracy` (Global Voices, Indonesia and Lesotho, May
 * 2012): a post that passes on another's post (a retweet, `RT @handle:`, or a post quoted whole in marks, `“@handle: …”`)
 * holds that post in its author's words, the retweeted handle's (docs/annotation-guide.md, "Tweets and posts"). The
 * retweet runs to the post's end, the quoted post to its closing mark. `words` is the outer post's words (offsets in
 * UTF-16 code units of the paragraph); null when it passes on no post.
 */
export function passedOnPost(text: string, words: { start: number; end: number }): HandleLabel | null {
  const inner = PASSED_ON.exec(text.slice(words.start, words.end));
  if (!inner?.[2]) return null;
  const handleStart = words.start + inner.index + inner[0].indexOf('@');
  const start = words.start + inner.index + inner[0].length;
  const close = inner[1] ? text.slice(start, words.end).search(/[”"]/) : words.end - start;
  if (close < 2) return null;
  const end = start + text.slice(start, start + close).trimEnd().length;
  return {
    handle: { start: handleStart, end: handleStart + inner[2].length },
    words: { start, end },
    cueEnd: start - inner[0].length + inner[0].trimEnd().length,
    name: null,
  };
}

/**
 * The quotes of an article with, after each post set off by its handle, the post it passes on (`passedOnPost`), in
 * the passed-on handle's words, cued by that handle's label. `texts` are the article's blocks.
 */
export function withPassedOnPosts(texts: ReadonlyArray<string>, quotes: ReadonlyArray<FoundQuote>, cues: CueReader): Array<FoundQuote> {
  return quotes.flatMap((quote) => {
    const text = texts[quote.block] ?? '';
    const passed = quote.sieve === 'handle-label' ? passedOnPost(text, quote) : null;
    if (!passed) return [quote];
    const { block } = quote;
    const subject = cues.handleSource(block, passed.handle.start, passed.handle.end);
    return [quote, attributed(unattributed(block, passed.words, 'direct'), subject, { block, start: passed.handle.start, end: passed.cueEnd }, 'handle-label')];
  });
}

/** A paragraph that is a handle and its colon alone, perhaps after invisible format characters (group 1). */
const HANDLE_ONLY = new RegExp(String.raw`^([\s\p{Cf}]*)${TWITTER_HANDLE}(?=\s*:\s*$)`, 'u');

/**
 * `@xaxo6v:` alone in its paragraph (Global Voices, Peru, June 2009): the handle of the tweet set off in the paragraph
 * after it, as `@handle: text` gives one on a line. A right-to-left mark the scrape kept before it is no word
 * (`\u200F@3bd2lr7man5aled:` over an Arabic tweet, Global Voices, Egypt, May 2012). The handle with its `@`, [start, end)
 * in UTF-16 code units; null for any other paragraph.
 */
export function handleOnly(text: string): { start: number; end: number } | null {
  const label = HANDLE_ONLY.exec(text);
  return label ? { start: label[1]?.length ?? 0, end: label[0].length } : null;
}
