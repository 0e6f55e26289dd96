import type { SentenceRange } from '../../../sentences';
import { blockSentences } from '../../blockSentences';
import type { DirectSpan } from '../../directQuotes';
import type { CueReader } from '../subjects';
import { attributed, unattributed, type FoundQuote, type Located, type SieveName, type Subject } from '../types';

/** What a direct-quote sieve sees: the quote, its sentence, the quote before it in the block. */
export interface DirectCase {
  block: number;
  text: string;
  range: SentenceRange;
  direct: DirectSpan;
  previous: FoundQuote | null;
  cues: CueReader;
}

/** The sentence before the case's own in its paragraph (UTF-16 offsets, half-open); undefined when it opens the paragraph. */
export function sentenceBefore({ cues, block, range }: DirectCase): SentenceRange | undefined {
  return blockSentences(cues.texts)[block]?.findLast((r) => r.end <= range.start);
}

/** A stage-one sieve: links a direct quote to its speaker mention, or abstains with null. */
export type DirectSieve = (c: DirectCase) => FoundQuote | null;

/** The quote of a case, attributed by a sieve; a person `cues.missed` found for it joins the article's entities. */
export function attributeCase(c: DirectCase, subject: Subject, cue: Located, sieve: SieveName): FoundQuote {
  // A person found in this cue alone exists once a sieve has taken them as the speaker.
  c.cues.missed.confirm(subject);
  return attributed(unattributed(c.block, c.direct, 'direct'), subject, cue, sieve);
}

/**
 * The last words of the quote's sentence before its opening mark, through the mark: at most `reach` UTF-16 code units,
 * cut back to a word's start, and `from`, the offset in the block's text where they begin. A cue of bounded length
 * right before the quote is looked for in them, so that a sentence thousands of words long is not read again for each
 * of its quotes.
 */
export function wordsBeforeQuote({ text, range, direct }: DirectCase, reach: number): { from: number; left: string } {
  let from = Math.max(range.start, direct.open - reach);
  while (from > range.start && from < direct.open && /[\p{L}\p{N}'’]/u.test(text[from - 1] ?? '')) from += 1;
  return { from, left: text.slice(from, direct.open + 1) };
}
