import { isCreditLine } from '../creditLine';
import { escapeRegExp } from '../../escapeRegExp';

/** How many paragraphs a block quotation may go on for before its credit line, this one included. */
const REACH = 3;

/**
 * Whether a paragraph after a block quotation goes on with it because a credit line naming the quotation's source closes
 * the run: `Marrero rejected this argument:`, two paragraphs of the decision with no marks, then `– United States
 * District Judge Victor Marrero, "Decision and Order"` (wikinews-us-judge-orders-release-trump-tax-records-2019-10-10).
 * Wikinews sets a long excerpt off so, and the line under it credits everything above it back to the colon cue. The
 * paragraphs up to the credit line (at most `REACH`) hold no quote mark and end in no colon (neither introduces a
 * quotation of its own), and the credit line names the source by its last name. `texts` are the article's blocks,
 * `block` this paragraph's index, `source` the colon cue's speaker's name.
 */
export function creditedBelow(texts: ReadonlyArray<string>, block: number, source: string | null): boolean {
  const last = source?.split(/\s+/).at(-1);
  if (!last || last.length < 3) return false;
  for (let at = block; at < Math.min(texts.length, block + REACH + 1); at++) {
    const text = (texts[at] ?? '').trim();
    if (text === '') continue;
    if (isCreditLine(text)) return at > block && new RegExp(`(?<!\\p{L})${escapeRegExp(last)}(?!\\p{L})`, 'u').test(text);
    if (/["“”]/.test(text) || /:\s*$/.test(text)) return false;
  }
  return false;
}
