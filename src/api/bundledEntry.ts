import { BUNDLED_ARTICLE_ID } from './bundledArticle';

/**
 * The bundled article as the library lists it, without loading it. A file of its own, apart from the id, so that only
 * the library's code carries the headline: the first view has it from the article itself.
 */
export const BUNDLED_ARTICLE = {
  id: BUNDLED_ARTICLE_ID,
  headline: "Putin calls Kazakhstan's January unrest 'act of terrorist aggression'",
} as const;
