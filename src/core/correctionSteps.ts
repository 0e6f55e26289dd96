import { findQuote } from './article';
import type { Article, Correction } from './schema';

/**
 * Whom a correction gave a quote to, if it gave one. undoStep (core/corrections) has the same rule; this module stays
 * apart from that one so that the corrections note loads without the corrections' code.
 */
function receiver(article: Article, correction: Correction): string | null {
  if (correction.kind === 'speaker') return correction.to;
  if (correction.kind === 'add') return findQuote(article, correction.quoteId)?.quote.speakerId ?? null;
  return null;
}

/** How many steps a reader took: a person added by "New person…" and the quote given to them are one, as for undoStep (core/corrections). */
export function correctionSteps(article: Article): number {
  const corrections = article.corrections ?? [];
  return corrections.filter((c, i) => {
    const next = corrections[i + 1];
    return !(c.kind === 'new-person' && next && receiver(article, next) === c.entityId);
  }).length;
}
