import { MONTH_NAME } from '../../lexicon/monthNames';
import type { CueReader } from '../subjects';
import { attributed, unattributed, type FoundQuote } from '../types';
import { DOUBLE_MARK } from '../../lexicon/quoteMarks';

/**
 * The line an embedded post of X (Twitter) closes with, as its embed code prints it: a dash, the account's display
 * name, its handle in brackets and the day it was posted (`— Kevon Persad (@penguin0017) June 1, 2014`). Groups: the
 * display name, the handle with its `@`.
 */
const TWEET_SIGNATURE = new RegExp(String.raw`^[-—–]{1,2}\s*(\S[^()"“”]{0,60}?)\s+\((@\w{1,15})\)\s+(?:${MONTH_NAME})\s+\d{1,2},\s+\d{4}\s*$`, 'u');

/**
 * The paragraphs that are the text of an embedded post, each mapped to the signature line right after it
 * (`TWEET_SIGNATURE`): `the wicb needed to take a stand and force narine to come back in time` / `— Kevon Persad
 * (@penguin0017) June 1, 2014` (gv-narine-kolkata-west-indies-cricket-2014-06-02; usgov-gsa-18f-moveforward-digital-
 * services-flash-mob-2015-05-11). Unlike a pull quote's box (`signedBox.ts`), a post need not end as a sentence does.
 * The annotation guide's embedded posts: the post's words are a direct quote of its author.
 */
export function tweetPosts(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>): Map<number, number> {
  const posts = new Map<number, number>();
  texts.forEach((text, block) => {
    const post = texts[block - 1] ?? '';
    if (!quotable[block] || !quotable[block - 1] || !TWEET_SIGNATURE.test(text) || post.trim() === '' || DOUBLE_MARK.test(post)) return;
    if (TWEET_SIGNATURE.test(post)) return;
    posts.set(block - 1, block);
  });
  return posts;
}

/**
 * A post's words, whole, as a direct quote of its author: the person or organisation its display name names, else the
 * account by its handle (`@AltCricket`), which is a source of its own; the cue is the signature from its dash to the
 * handle's closing bracket. Offsets are UTF-16 code units into the paragraph's text.
 */
export function tweetQuote(block: number, text: string, signature: { block: number; text: string }, cues: CueReader): FoundQuote {
  const quote = unattributed(block, { start: 0, end: text.trimEnd().length }, 'direct');
  const found = TWEET_SIGNATURE.exec(signature.text);
  if (!found?.[1] || !found[2]) return quote;
  const nameStart = found[0].indexOf(found[1]);
  const nameEnd = nameStart + found[1].length;
  const handleStart = found[0].indexOf(found[2], nameEnd);
  const cue = { block: signature.block, start: 0, end: handleStart + found[2].length + 1 };
  const named = cues.subjectAt(signature.block, nameStart);
  const byName = named?.resolution === 'name' && named.ref.end === nameEnd && (named.entity?.type === 'person' || named.entity?.type === 'organization');
  const subject = byName ? named : cues.handleSource(signature.block, handleStart, handleStart + found[2].length);
  return attributed(quote, subject, cue, 'trailer-dash');
}
