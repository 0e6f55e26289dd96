import { LANGUAGE_TAG } from '../../languageTag';
import type { CueReader } from '../subjects';
import { attributed, unattributed, type FoundQuote } from '../types';

/** Where a tweet or post given as `@handle: text` puts its author and its words. */
export interface HandleLabel {
  /** The handle with its `@`: [start, end) in UTF-16 code units of the paragraph. */
  handle: { start: number; end: number };
  /** The post's words after the colon, without a stray quote mark left at the paragraph's end. */
  words: { start: number; end: number };
  /** Where the label ends: after its colon (`@Liu Yadong [zh]:`), before the space that follows it. */
  cueEnd: number;
}

/**
 * A Twitter/X handle (at most 15 letters, digits or underscores) opening a paragraph, then a colon; or a Weibo name in
 * any letters (`@毛聊：“半岛”…`, `@半拉北京人: His assets…`), or of two or three capitalised words (`@Liu Yadong [zh]: …`);
 * either may be followed by the language tag Global Voices links its source with (`[zh]`, or two: `[es/ca]`). A Weibo name without its `@`
 * labels the Chinese original before the full-width colon of Chinese text (`wh_w：严重怀疑…`). A Twitter handle's colon
 * may touch the post's first letter, as a copied tweet keeps it (`@DunjaLazic:sutra su dakle prvi izbori…`, Global
 * Voices, Serbia, May 2012). A directional mark the scrape kept may stand after the colon (`@hadilaziz:\u202C We will not
 * allow …`, Global Voices, Jordan, May 2012): an invisible format character, no word. Group 1 is the name.
 */
const LABEL = new RegExp(
  String.raw`^(@[A-Za-z0-9_]{1,15}|@[\p{L}\p{N}_-]{1,30}|@\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){1,2}(?= ${LANGUAGE_TAG}))(?: ${LANGUAGE_TAG})?(?::\p{Cf}*\s+|:(?=\p{L})|：\s*)|^([\p{L}\p{N}_-]{1,30})：\s*`,
  'u',
);

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
  const handle = label?.[1] ?? label?.[2];
  if (!label || !handle) return null;
  let end = text.replace(/\s+$/, '').length;
  // A mark left open at the end (`… :)))"`) has no partner in the post: it is not part of its words.
  const marks = text.match(/["“”]/g) ?? [];
  if (marks.length % 2 === 1 && /["”]$/.test(text.slice(0, end))) end--;
  const start = lead + label[0].length;
  if (end - start < 2) return null;
  return { handle: { start: lead, end: lead + handle.length }, words: { start, end }, cueEnd: lead + label[0].replace(/[\s\p{Cf}]+$/u, '').length };
}

/**
 * `… #IndonesiaSavesGaga RT @lanaaisya: FPI is being a hypocrite. #saveladygaga` / `“@KommandaObbs: It's annoying how a
 * small country like Lesotho has over 17 political parties …” democracy` (Global Voices, Indonesia and Lesotho, May
 * 2012): a post that passes on another's post (a retweet, `RT @handle:`, or a post quoted whole in marks, `“@handle: …”`)
 * holds that post in its author's words, the retweeted handle's (docs/annotation-guide.md, "Tweets and posts"). The
 * retweet runs to the post's end, the quoted post to its closing mark. `words` is the outer post's words (offsets in
 * UTF-16 code units of the paragraph); null when it passes on no post.
 */
export function passedOnPost(text: string, words: { start: number; end: number }): HandleLabel | null {
  const inner = /(?:^|\s)(?:RT\s+|([“"]))(@[A-Za-z0-9_]{1,15}):\s+/u.exec(text.slice(words.start, words.end));
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

/**
 * `@xaxo6v:` alone in its paragraph (Global Voices, Peru, June 2009): the handle of the tweet set off in the paragraph
 * after it, as `@handle: text` gives one on a line. A right-to-left mark the scrape kept before it is no word
 * (`\u200F@3bd2lr7man5aled:` over an Arabic tweet, Global Voices, Egypt, May 2012). The handle with its `@`, [start, end)
 * in UTF-16 code units; null for any other paragraph.
 */
export function handleOnly(text: string): { start: number; end: number } | null {
  const label = /^([\s\p{Cf}]*)@[A-Za-z0-9_]{1,15}(?=\s*:\s*$)/u.exec(text);
  return label ? { start: label[1]?.length ?? 0, end: label[0].length } : null;
}
