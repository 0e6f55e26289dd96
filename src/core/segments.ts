import type { Block, Mention, Quote } from './schema';

/** What a stretch of text is marked as while a quote is selected. */
export type AttributionMark = 'cue' | 'speakerRef' | 'antecedent';

/** A located mark that the attribution of the selected quote puts on a block. */
export interface MarkSpan {
  start: number;
  end: number;
  mark: AttributionMark;
}

/** The smallest run of text under one unchanging set of marks. */
export interface Piece {
  start: number;
  end: number;
  text: string;
  mention: Mention | null;
  marks: ReadonlyArray<AttributionMark>;
  /** Words of a quote that the filter leaves out: they read as text, set back from the chosen people's quotes. */
  filteredOut: boolean;
}

export type Segment =
  | { type: 'text'; start: number; pieces: Array<Piece> }
  /**
   * One stretch of a quote's button; a reported quote around a direct one comes in several parts. A stray
   * stretch (only the quote marks left beside the direct quote, or one word between two direct ones: `he '`,
   * `' and '` in "he 'can' and 'may' put …") is no button of its own when another part holds more: its `part` is -1
   * and the others are numbered without it.
   */
  | { type: 'quote'; start: number; quote: Quote; part: number; parts: number; stray: boolean; pieces: Array<Piece> };

export interface SegmentOptions {
  /** Quotes that are buttons; the others read as ordinary text. Null means every quote. */
  activeQuoteIds: ReadonlySet<string> | null;
  /** Marks of the selected quote's attribution that fall in this block. */
  marks: ReadonlyArray<MarkSpan>;
}

function smallestCovering<T extends { start: number; end: number }>(spans: ReadonlyArray<T>, start: number, end: number): T | null {
  let best: T | null = null;
  for (const span of spans) {
    if (span.start <= start && end <= span.end && (!best || span.end - span.start < best.end - best.start)) best = span;
  }
  return best;
}

/** How many words a segment's text holds. */
const wordsOf = (segment: Segment) =>
  segment.pieces
    .map((p) => p.text)
    .join('')
    .match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/**
 * Cuts a block's text into segments to render: plain text, and the parts of quote buttons. Buttons never
 * nest: where a direct quote sits inside a reported one, the reported quote is split around it. Each
 * segment is a list of pieces that carry the mention and attribution marks over them.
 */
export function segmentBlock(block: Block, options: SegmentOptions): Array<Segment> {
  const quotes = options.activeQuoteIds === null ? block.quotes : block.quotes.filter((q) => options.activeQuoteIds?.has(q.id));
  const leftOut = block.quotes.filter((q) => !quotes.includes(q));
  const cuts = new Set<number>([0, block.text.length]);
  for (const span of [...block.quotes, ...block.mentions, ...options.marks]) {
    cuts.add(Math.max(0, Math.min(span.start, block.text.length)));
    cuts.add(Math.max(0, Math.min(span.end, block.text.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Array<Segment> = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    const quote = smallestCovering(quotes, start, end);
    const piece: Piece = {
      start,
      end,
      text: block.text.slice(start, end),
      mention: smallestCovering(block.mentions, start, end),
      marks: options.marks.filter((m) => m.start <= start && end <= m.end).map((m) => m.mark),
      filteredOut: quote === null && smallestCovering(leftOut, start, end) !== null,
    };
    const last = segments[segments.length - 1];
    if (last && (last.type === 'quote' ? last.quote === quote : quote === null)) {
      last.pieces.push(piece);
    } else if (quote) {
      segments.push({ type: 'quote', start, quote, part: 0, parts: 0, stray: false, pieces: [piece] });
    } else {
      segments.push({ type: 'text', start, pieces: [piece] });
    }
  }
  const quoteSegments = segments.filter((s) => s.type === 'quote');
  for (const segment of quoteSegments) {
    const siblings = quoteSegments.filter((s) => s.quote === segment.quote);
    // Words are counted only in a split quote: a whole one (most quotes, and the headline's that the page takes over
    // first) is no stray, and its paragraph is cut without running the Unicode word pattern at all.
    if (siblings.length < 2) continue;
    // Only marks beside a part with a word (`Day "` … `"`), or a lone word beside a longer part, is stray.
    const words = wordsOf(segment);
    segment.stray = words <= 1 && siblings.some((s) => wordsOf(s) > words);
  }
  const parts = new Map<Quote, number>();
  for (const segment of quoteSegments) {
    segment.part = segment.stray ? -1 : (parts.get(segment.quote) ?? 0);
    if (!segment.stray) parts.set(segment.quote, segment.part + 1);
  }
  for (const segment of quoteSegments) segment.parts = parts.get(segment.quote) ?? 1;
  return segments;
}
