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

/** A block of the text that mentions an entity: its name as the reader sees it ("paragraph 3") and the id of its element. */
export interface MentionPlace {
  label: string;
  /** The id of the element that shows the block (`block-<id>`, `headline`); null for the source credit, which has none. */
  anchor: string | null;
}

/**
 * Where the text mentions an entity: each block that does, once, in reading order. A figure's credit is shown inside
 * its figure, and the byline under the headline, so they lead to those elements (ArticleView's ids).
 */
export function mentionPlaces(article: Article, entityId: string): Array<MentionPlace> {
  const figureOf = new Map(article.figures.flatMap((figure) => [figure.caption, figure.credit].flatMap((b) => (b ? [[b.id, figure.caption.id]] : []))));
  return blocksInOrder(article)
    .filter(({ block }) => block.mentions.some((mention) => mention.entityId === entityId))
    .map(({ block, label, paragraphIndex }) => {
      const shownIn = paragraphIndex !== null ? block.id : figureOf.get(block.id);
      const anchor = shownIn ? `block-${shownIn}` : block === article.sourceCredit ? null : 'headline';
      return { label, anchor };
    });
}
