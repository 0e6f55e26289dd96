import { blocksInOrder } from './article';
import type { Article } from './schema';

// Apart from stats.ts, which the first load holds, as only the side panels count mentions.
/** How many times the text mentions each entity, by name, role noun or pronoun. */
export function mentionCounts(article: Article): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { block } of blocksInOrder(article)) {
    for (const mention of block.mentions) counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
  }
  return counts;
}
