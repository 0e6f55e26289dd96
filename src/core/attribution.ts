import { findQuote, speakerOf } from './article';
import { isUncertain } from './confidence';
import type { Article, Block, BlockSpan, Entity, Quote } from './schema';
import type { MarkSpan } from './segments';

/** Everything the attribution panel says about one quote. */
export interface AttributionView {
  quote: Quote;
  block: Block;
  speaker: Entity | null;
  /** The words that attribute the quote, as they stand in the text. */
  cue: string | null;
}

/**
 * Who said a quote, as read after its words: `said by Vladimir Putin`, `probably said by …` when the
 * attribution is uncertain, `speaker unknown`; `, corrected by you` follows a reader's correction, and
 * `, confirmed by you` a correction that kept the speaker (`confirmed`, isConfirmed in core/confirmed).
 */
export function speakerPhrase(quote: Quote, speaker: Entity | null, confirmed = false): string {
  const who = speaker ? `${isUncertain(quote) ? 'probably ' : ''}said by ${speaker.name}` : 'speaker unknown';
  return quote.corrected ? `${who}, ${confirmed ? 'confirmed' : 'corrected'} by you` : who;
}

/** The attribution of one quote, or undefined when the article has no such quote. */
export function describeAttribution(article: Article, quoteId: string): AttributionView | undefined {
  const found = findQuote(article, quoteId);
  if (!found) return undefined;
  const { quote, block } = found;
  const speaker = speakerOf(article, quote);
  return { quote, block, speaker, cue: quote.cue?.text ?? null };
}

/** The marks that the selected quote's attribution puts on each block (cue, speaker words, antecedent). */
export function attributionMarks(article: Article, quoteId: string | null): Map<string, Array<MarkSpan>> {
  const marks = new Map<string, Array<MarkSpan>>();
  const found = quoteId ? findQuote(article, quoteId) : undefined;
  if (!found) return marks;
  const { quote, block } = found;
  const add = (span: BlockSpan | null, mark: MarkSpan['mark']) => {
    if (!span) return;
    const blockId = span.blockId ?? block.id;
    marks.set(blockId, [...(marks.get(blockId) ?? []), { start: span.start, end: span.end, mark }]);
  };
  add(quote.cue, 'cue');
  add(quote.speakerRef, 'speakerRef');
  add(quote.antecedent, 'antecedent');
  return marks;
}
