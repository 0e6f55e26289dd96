import { quotableAfter, quotableBefore, quotableIndexBefore } from '../nearestQuotable';
import { translates } from './blockContinuation';
import { foreignProse } from './translation';

/**
 * Whether paragraph `block` goes on with a block quotation printed as pairs, each paragraph in its original language
 * then in English (`translates`): it is prose in another language, the paragraph before it is the English of the one
 * before that, and the paragraph after it is its own English. `Zhao's speech has been … published …. Below is a selected
 * translation of the transcript:` over three such pairs, the last holding `“乌合之众”` and its English "the crowd"
 * (gv-china-weibo-political-space-2012-05-10); `Blogger Shan Gu's view echoed with [zh] …:` over four. An English
 * article's writer writes no paragraph in Chinese, and a round-up that turns to another source says so first (a colon
 * cue, which ends the run): the next original, printed the same way, is the same source's. A paragraph that ends in a
 * colon introduces, so it is never one.
 */
export function pairedOriginal(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, block: number): boolean {
  const text = texts[block] ?? '';
  if (/:\s*$/.test(text) || !foreignProse(text)) return false;
  const previousAt = quotableIndexBefore(quotable, block);
  const previous = texts[previousAt];
  const earlier = quotableBefore(texts, quotable, previousAt);
  const next = quotableAfter(texts, quotable, block);
  return earlier !== undefined && foreignProse(earlier) && translates(previous ?? '', earlier) && next !== undefined && translates(next, text);
}
