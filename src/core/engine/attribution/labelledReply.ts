import type { MentionIndex } from './mentions';
import { attributed, unattributed, type FoundQuote } from './types';

/**
 * A label opening a post's words: an optional topic set off by a dash (`On vision for Egypt - `), then the words before
 * the first colon, with no hashtag, handle or colon in them (`Amr Moussa:`, `Fotouh:`). Group 1 is the topic, group 2
 * the label. Kept apart from the capitalised-name labels of `capitalisedRun.ts`: a post's label may be any words
 * (`Fotouh:`, `Amr Moussa:`, a lower-case or foreign-script name) because it counts only when it is exactly a person
 * mention the name pass found, and it may follow a topic, which no paragraph label has.
 */
const LABEL = /^((?:On|About|Re)\s[^:#@\n]{1,60}?\s[-–—]\s+)?([^\s:#@][^:#@\n]{0,40}?)\s*:\s+/u;

/** What a post may end on that is none of the reply's words: hashtags, links, a dash before them. */
const TAIL = /(?:\s+(?:#[\p{L}\p{N}_]+|https?:\/\/\S+|[-–—]))+\s*$/u;

/**
 * `@SultanAlQassemi: On Abbaseya events - Amr Moussa: I didn't wait until I become president, …
 * #monazarat` (Global Voices, Egypt's first presidential debate, May 2012): a post that passes on what someone said
 * under a label naming them holds that person's words, a quote inside the post (docs/annotation-guide.md, "Labelled
 * lines" and "A quote inside a quote"). The label must be exactly a mention of a person the name pass found, so that a
 * post's own heading (`Algeria: At election center …`, `Exposed: …`, `#Moussa : weak answers`) quotes nobody. The reply
 * runs from after the colon to the post's end, without the hashtags and links that close it; it is the person's, cued
 * by the label. `posts` are the article's quotes; each post set off by its handle (`handle-label`) is followed by the
 * reply it holds, if any. Offsets are UTF-16 code units of the block, half-open.
 */
export function withLabelledReplies(texts: ReadonlyArray<string>, quotes: ReadonlyArray<FoundQuote>, mentions: MentionIndex): Array<FoundQuote> {
  return quotes.flatMap((post) => {
    const reply = post.sieve === 'handle-label' ? labelledReply(texts[post.block] ?? '', post, mentions) : null;
    return reply ? [post, reply] : [post];
  });
}

/** The reply a post at [post.start, post.end) passes on under a person's label, or null. */
function labelledReply(text: string, post: FoundQuote, mentions: MentionIndex): FoundQuote | null {
  const words = text.slice(post.start, post.end);
  const label = LABEL.exec(words);
  if (!label?.[2]) return null;
  const start = post.start + (label[1]?.length ?? 0);
  const end = start + label[2].length;
  const named = mentions.between(post.block, start, end).find((m) => m.start === start && m.end === end);
  if (named?.entity.type !== 'person') return null;
  const from = post.start + label[0].length;
  const to = from + words.slice(label[0].length).replace(TAIL, '').length;
  if (to - from < 2) return null;
  const subject = { ref: { block: post.block, start, end }, entity: named.entity, resolution: 'name' as const, antecedent: null };
  return attributed(unattributed(post.block, { start: from, end: to }, 'direct'), subject, { block: post.block, start, end }, 'label-line');
}
