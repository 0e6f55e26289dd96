import type { Article } from '../core/schema';
import { BUNDLED_ARTICLE_ID } from './bundledArticle';
import { noteLibraryCopy } from './libraryCopy';

// Reading and validating a served file is code of its own: the page's built-in first view does without it.
const fetchArticle = (id: string, signal?: AbortSignal) => import('./fetchArticle').then((module) => module.fetchArticle(id, signal));

/**
 * An article from the library (opened or corrected by the reader) or, failing that, from the server.
 * The bundled article's request starts at once, beside the library's storage code and database, so the
 * first view does not wait for them in turn; a corrected copy in the library still wins.
 */
export async function loadArticle(id: string, signal?: AbortSignal): Promise<Article> {
  const served = id === BUNDLED_ARTICLE_ID ? fetchArticle(id, signal) : null;
  // When the library answers first, the server's copy is dropped unread: its failure is not the reader's to see.
  served?.catch(() => {});
  const { getStoredArticle } = await import('./library');
  try {
    const stored = await getStoredArticle(id);
    noteLibraryCopy(id, Boolean(stored));
    if (stored) return stored;
  } catch (damaged) {
    // A damaged copy of an article that comes with the reader leaves the one the server has.
    if (!served) throw damaged;
  }
  return served ?? fetchArticle(id, signal);
}
