import type { FoundQuote } from './types';

/** A noun phrase naming a piece of writing, perhaps after an article and up to three describing words. */
const PIECE =
  /^(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:post|blog\s+post|headline|article|piece|column|essay|letter|note|tweet|message|story|op-ed|editorial|poem|book|thread|entry|summary|review)\b/iu;
/** The verbs that write a piece: only their object can be the piece itself ("According to one analysis, this review takes …" reports). */
const WRITING_VERB = /\b(?:wrote|writes|write|published|publishes|posted|posts|penned|pens)\s*$/iu;
/** Words that go on from the piece to what it says: its content is then reported speech after all. */
const SAYING = /\b(?:that|saying|stating|calling|arguing|claiming|asking|urging|warning|explaining|noting)\b/iu;

/**
 * Whether a reported quote is only the thing its cue's verb wrote (`Naija-Things wrote a brief post dedicated to
 * Nigeria’s scoring machine`, `Gist Only wrote a rather controversial headline “…”:`): a noun phrase naming a piece of
 * writing is the verb's object, not words reported; what the piece says follows it, after a colon or in quote marks.
 * Observed on real news (Global Voices round-ups of blog posts); docs/annotation-guide.md counts only what was said.
 * `text` is the quote's paragraph.
 */
export function writtenPiece(text: string, quote: FoundQuote): boolean {
  if (quote.kind !== 'reported' || !quote.cue || quote.cue.block !== quote.block || !WRITING_VERB.test(text.slice(quote.cue.start, quote.cue.end)))
    return false;
  const content = text.slice(quote.start, quote.end);
  return PIECE.test(content) && !SAYING.test(content);
}
