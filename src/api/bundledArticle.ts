/** The article the reader opens on, served from public/articles/ and written into the page with its first view. */
export const BUNDLED_ARTICLE_ID = 'cgtn-putin-tokayev-2022-02-10';

/** The element in which the build writes the bundled article beside the page's first view of it (vite.config.ts). */
export const FIRST_VIEW_ARTICLE_ELEMENT = 'first-view-article';
