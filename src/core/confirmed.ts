import type { Article } from './schema';

/**
 * Whether a reader confirmed the quote's speaker: the latest correction of its speaker gave it to the one it had
 * (changeSpeaker in core/corrections), so the text's own cue still explains it. A file of its own, as the quotes in
 * the text ask it on the first load, and the rest of core/certainty is for the attribution, which loads later.
 */
export function isConfirmed(article: Pick<Article, 'corrections'>, quoteId: string): boolean {
  const last = article.corrections?.findLast((c) => c.kind === 'speaker' && c.quoteId === quoteId);
  return last?.kind === 'speaker' && last.from === last.to;
}
