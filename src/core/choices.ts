import type { Article, Entity } from './schema';

/** Everyone a reader can give a quote to in a correction: people and organisations, not places. */
export function speakerChoices(article: Article): Array<Entity> {
  return article.entities.filter((e) => e.type !== 'place');
}
