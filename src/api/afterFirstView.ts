import type { QueryClient } from '@tanstack/react-query';
import { textHash } from '../core/textHash';
import { BUNDLED_ARTICLE_ID } from './bundledArticle';
import { getStoredArticle } from './library';
import { noteLibraryCopy } from './libraryCopy';
import { requestArticle } from './requestArticle';
import { articleQuery } from './useArticle';

const { queryKey } = articleQuery(BUNDLED_ARTICLE_ID);

/**
 * When the server's copy of the bundled article is not the file the first view was built from (another version, or
 * none), the article is loaded as usual in place of the built-in one: validated, or failing with the alert that says why.
 */
async function checkServedArticle(queryClient: QueryClient, fingerprint: string): Promise<void> {
  // Asked for only now, not preloaded: the page carries the article, and during the load this request only competed with
  // the page's scripts for the server and the network.
  const response = await requestArticle(BUNDLED_ARTICLE_ID).catch(() => null);
  if (!response?.ok || textHash(await response.text()) !== fingerprint) await queryClient.resetQueries({ queryKey });
}

/** A copy of the bundled article that the reader corrected, if the library has one, takes the served one's place. */
async function takeLibraryCopy(queryClient: QueryClient): Promise<void> {
  const stored = await getStoredArticle(BUNDLED_ARTICLE_ID);
  noteLibraryCopy(BUNDLED_ARTICLE_ID, Boolean(stored));
  if (stored) queryClient.setQueryData(queryKey, stored);
}

/**
 * What follows the page's first view once React has it: the server is asked whether its article is still the one the
 * view was built from, and the library for a copy that the reader corrected. The first view does without this code.
 */
export function followFirstView(queryClient: QueryClient, fingerprint: string): void {
  void checkServedArticle(queryClient, fingerprint);
  // A damaged copy leaves the served article, as loadArticle does.
  takeLibraryCopy(queryClient).catch(() => {});
}
