import type { Article } from '../core/schema';
import { fetchArticle } from './fetchArticle';

/**
 * An article from the library (opened or corrected by the reader) or, failing that, from the server.
 * The library's storage code is a chunk of its own, loaded beside the article.
 */
export async function loadArticle(id: string, signal?: AbortSignal): Promise<Article> {
  const { getStoredArticle } = await import('./library');
  return (await getStoredArticle(id)) ?? fetchArticle(id, signal);
}
