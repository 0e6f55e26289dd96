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
   * One stretch of a quote's button; a reported quote around a direct one comes in several parts. A
   * wordless stretch (only the quote marks left beside the direct quote) is no button of its own: its
   * `part` is -1 and the others are numbered without it.
   */
  | { type: 'quote'; start: number; quote: Quote; part: number; parts: number; wordless: boolean; pieces: Array<Piece> };

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

const hasWords = (segment: Segment) => segment.pieces.some((p) => /[\p{L}\p{N}]/u.test(p.text));

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
      segments.push({ type: 'quote', start, quote, part: 0, parts: 0, wordless: false, pieces: [piece] });
    } else {
      segments.push({ type: 'text', start, pieces: [piece] });
    }
  }
  const quoteSegments = segments.filter((s) => s.type === 'quote');
  for (const segment of quoteSegments) {
    const siblings = quoteSegments.filter((s) => s.quote === segment.quote);
    segment.wordless = siblings.length > 1 && !hasWords(segment) && siblings.some(hasWords);
  }
  const parts = new Map<Quote, number>();
  for (const segment of quoteSegments) {
    segment.part = segment.wordless ? -1 : (parts.get(segment.quote) ?? 0);
    if (!segment.wordless) parts.set(segment.quote, segment.part + 1);
  }
  for (const segment of quoteSegments) segment.parts = parts.get(segment.quote) ?? 1;
  return segments;
}
