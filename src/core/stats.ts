import { blocksInOrder, quotesInOrder } from './article';
import type { Article, Entity } from './schema';

/** The speakers in the order a reader first hears them, which fixes each one's colour. */
export function speakersInOrder(article: Article): Array<Entity> {
  const entities = new Map(article.entities.map((e) => [e.id, e]));
  const seen = new Map<string, Entity>();
  for (const { quote } of quotesInOrder(article)) {
    const speaker = quote.speakerId === null ? undefined : entities.get(quote.speakerId);
    if (speaker && !seen.has(speaker.id)) seen.set(speaker.id, speaker);
  }
  return [...seen.values()];
}

/** How many times the text mentions each entity, by name, role noun or pronoun. */
export function mentionCounts(article: Article): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { block } of blocksInOrder(article)) {
    for (const mention of block.mentions) counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
  }
  return counts;
}

/** How many quotes each speaker has, by speaker id. */
export function quoteCounts(article: Article): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { quote } of quotesInOrder(article)) {
    if (quote.speakerId !== null) counts.set(quote.speakerId, (counts.get(quote.speakerId) ?? 0) + 1);
  }
  return counts;
}

/**
 * The quotes that stay buttons under a filter by person: all of them when nobody is chosen,
 * else only the chosen people's.
 */
export function activeQuoteIds(article: Article, personIds: ReadonlyArray<string>): Set<string> | null {
  if (personIds.length === 0) return null;
  const chosen = new Set(personIds);
  return new Set(
    quotesInOrder(article)
      .filter(({ quote }) => quote.speakerId !== null && chosen.has(quote.speakerId))
      .map(({ quote }) => quote.id),
  );
}
