import { mayNest } from './consistency';
import type { Block, Quote } from './schema';

/**
 * Why a new quote cannot go where a reader selected it in `block`, or null when it can. `start` and `end` are the
 * selection's offsets in the block's text (UTF-16 code units, half-open). Kept apart from the corrections it guards
 * (`addQuote` in `corrections.ts`): it reads one selection and changes nothing; the add-quote form asks it as it renders.
 */
export function quoteProblem(block: Block, start: number, end: number, kind: Quote['kind']): string | null {
  if (!(start >= 0 && end <= block.text.length && start < end)) return 'Select some words of one paragraph first.';
  if (!/[\p{L}\p{N}]/u.test(block.text.slice(start, end))) return 'The selection has no words in it.';
  for (const other of block.quotes) {
    const overlaps = start < other.end && other.start < end;
    if (!overlaps) continue;
    const inside = start >= other.start && end <= other.end;
    const around = other.start >= start && other.end <= end;
    // As checkConsistency allows: a direct quote inside another quote, a reported one inside a reported one, never two
    // quotes over the same words.
    if (inside !== around && (inside ? mayNest({ kind }, other) : mayNest(other, { kind }))) continue;
    return inside || around
      ? 'That selection is already a quote, or overlaps one in a way quotes cannot nest.'
      : 'The selection overlaps a quote: select inside it or around it.';
  }
  return null;
}
