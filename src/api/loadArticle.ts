import type { Article } from '../core/schema';
import { fetchArticle } from './fetchArticle';
import { getStoredArticle } from './library';

/** An article from the library (opened or corrected by the reader) or, failing that, from the server. */
export async function loadArticle(id: string, signal?: AbortSignal): Promise<Article> {
  return (await getStoredArticle(id)) ?? fetchArticle(id, signal);
}
