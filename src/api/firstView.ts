import type { QueryClient } from '@tanstack/react-query';
import type { Article } from '../core/schema';
import { FIRST_VIEW_ARTICLE_ELEMENT } from './bundledArticle';

/**
 * The bundled article that the page's first view shows, as the build wrote it beside that view: read as the page's
 * code starts, so that React takes the view over with no request to wait for. The build validated it, so it is read
 * without the validator's code. Null when the page carries none.
 */
export function firstViewArticle(): Article | null {
  const element = document.getElementById(FIRST_VIEW_ARTICLE_ELEMENT);
  const text = element instanceof HTMLTemplateElement ? element.content.textContent : null;
  // The build checked that this text parses to the article it validated (vite.config.ts).
  return text ? (JSON.parse(text) as Article) : null;
}

/** Once React has the first view, what follows it (./afterFirstView), its code loaded then. */
export function followFirstView(queryClient: QueryClient, fingerprint: string): void {
  import('./afterFirstView').then(
    (module) => module.followFirstView(queryClient, fingerprint),
    // No code, no network: the first view stays as it is.
    () => {},
  );
}
