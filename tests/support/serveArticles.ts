import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import type { Article } from '../../src/core/schema';

export const GOLD_ID = 'cgtn-putin-tokayev-2022-02-10';

export function goldArticle(): Article {
  return JSON.parse(readFileSync(`public/articles/${GOLD_ID}.json`, 'utf8')) as Article;
}

type Handler = () => Response | Promise<Response>;

/**
 * Fakes the network at the fetch boundary: each article id answers with its handler, any other request
 * with a 404. Returns the mock so tests can count requests.
 */
export function serveArticles(handlers: Record<string, Handler> = { [GOLD_ID]: () => Response.json(goldArticle()) }) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const id = /articles\/([^/]+)\.json$/.exec(url)?.[1];
    const handler = id ? handlers[id] : undefined;
    return handler ? handler() : new Response('Not found', { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
