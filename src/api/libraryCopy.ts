import { BUNDLED_ARTICLE_ID } from './bundledArticle';

/**
 * Set while the library holds the reader's own copy of the bundled article (a corrected one), so that the page
 * does not show the served article's first view before it. public/first-view.js reads the same key.
 */
const COPY_IN_LIBRARY = 'who-said-what:bundled-article-in-library';

/** Notes whether the library holds a copy of the article `id`, when that is the bundled article. */
export function noteLibraryCopy(id: string, inLibrary: boolean): void {
  if (id !== BUNDLED_ARTICLE_ID) return;
  try {
    if (inLibrary) localStorage.setItem(COPY_IN_LIBRARY, 'true');
    else localStorage.removeItem(COPY_IN_LIBRARY);
  } catch {
    // Storage is off: the page then shows no first view of its own (public/first-view.js).
  }
}
