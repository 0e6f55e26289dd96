/**
 * The request for an article's JSON file as the server keeps it in public/articles: the one place its address and the
 * type asked for are written. Rejects as `fetch` does (network failure, abort).
 */
export function requestArticle(id: string, signal?: AbortSignal): Promise<Response> {
  return fetch(`${import.meta.env.BASE_URL}articles/${id}.json`, { signal, headers: { Accept: 'application/json' } });
}
