import type { Article } from '../core/schema';
import { requestArticle } from './requestArticle';

/** Why an article could not be shown, in words for the reader. */
export class ArticleLoadError extends Error {
  readonly problems: ReadonlyArray<string>;
  /** Whether there is no such article at all, which no second try can bring. */
  readonly missing: boolean;

  constructor(message: string, problems: ReadonlyArray<string> = [], missing = false) {
    super(message);
    this.name = 'ArticleLoadError';
    this.problems = problems;
    this.missing = missing;
  }
}

const ARTICLE_ID = /^[a-z0-9][a-z0-9-]*$/;

/** Fetches an article's JSON from public/articles and validates it; every failure is an ArticleLoadError. */
export async function fetchArticle(id: string, signal?: AbortSignal): Promise<Article> {
  if (!ARTICLE_ID.test(id)) {
    throw new ArticleLoadError(`There is no article named "${id}": article names use lowercase letters, digits and dashes.`, [], true);
  }
  // The validator is a chunk of its own, fetched alongside the article, so the first load stays small.
  const validation = import('../core/validate');
  let response: Response;
  try {
    response = await requestArticle(id, signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ArticleLoadError('The article could not be downloaded: the network request failed. Check the connection and try again.');
  }
  const isHtml = response.headers.get('content-type')?.includes('text/html') ?? false;
  if (response.status === 404 || (response.ok && isHtml)) {
    // The library was looked in first (loadArticle), so the reader hears of both places.
    throw new ArticleLoadError(
      `No article "${id}" exists here: it is not in this browser's library, nor among the articles that come with the reader.`,
      [],
      true,
    );
  }
  if (!response.ok) {
    throw new ArticleLoadError(
      `The article could not be downloaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    );
  }
  const [{ parseArticleJson, formatProblem }, text] = await Promise.all([validation, response.text()]);
  const result = parseArticleJson(text);
  if (!result.ok) {
    throw new ArticleLoadError(`The article "${id}" is not a valid article file.`, result.problems.map(formatProblem));
  }
  return result.article;
}
