import { quotesInOrder } from './article';
import type { Article, Entity } from './schema';

/** Everyone a reader can give a quote to in a correction: people and organisations, not places. */
export function speakerChoices(article: Article): Array<Entity> {
  return article.entities.filter((e) => e.type !== 'place');
}

/** The ids of those the article gives a quote to (null for its unattributed quotes): a correction offers them first. */
export function quotedSpeakerIds(article: Article): Set<string | null> {
  return new Set(quotesInOrder(article).map(({ quote }) => quote.speakerId));
}
