import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { BUNDLED_ARTICLE_ID } from '../api/bundledArticle';
import { articleQuery } from '../api/useArticle';
import { textHash } from '../core/textHash';
import { parseArticleJson, type ArticleProblem } from '../core/validate';
import { loadReadingControls } from '../features/reading/ReadingBar';
import { App } from './App';

export type FirstView = { ok: true; article: unknown; html: string; fingerprint: string } | { ok: false; problems: Array<ArticleProblem> };

/**
 * The page's first view of the bundled article, from its file's text: validated, then rendered with no filter,
 * selection or stored preference, as the page's code renders it before anything else happens. The build writes
 * it into index.html with the file's fingerprint (vite.config.ts), and main.tsx has React take it over. The reading
 * bar's code, which the page loads after its first load, is loaded first, so that the view has the bar.
 *
 * @public (called by vite.config.ts through Vite's server-side loader)
 */
export async function renderFirstView(json: string): Promise<FirstView> {
  if (!(await loadReadingControls())) throw new Error("The reading bar's code did not load.");
  const result = parseArticleJson(json);
  if (!result.ok) return result;
  const queryClient = new QueryClient();
  queryClient.setQueryData(articleQuery(BUNDLED_ARTICLE_ID).queryKey, result.article);
  const html = renderToString(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
  return { ok: true, article: result.article, html, fingerprint: textHash(json) };
}
