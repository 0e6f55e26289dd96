import type { Article, Entity } from './schema';

/**
 * The people a reader can filter the article to, most quoted first (ties keep the article's order). Only people
 * with quotes are choices: filtering to someone who says nothing would leave no quote to read.
 */
export function filterChoices(article: Article, quoteCounts: ReadonlyMap<string, number>): Array<Entity> {
  return article.entities.filter((e) => quoteCounts.has(e.id)).sort((a, b) => (quoteCounts.get(b.id) ?? 0) - (quoteCounts.get(a.id) ?? 0));
}

/** Everyone a reader can give a quote to in a correction: people and organisations, not places. */
export function speakerChoices(article: Article): Array<Entity> {
  return article.entities.filter((e) => e.type !== 'place');
}
