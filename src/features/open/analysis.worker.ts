/// <reference lib="webworker" />
import { articleIdFor } from '../../core/articleId';
import { analyzeArticle } from '../../core/engine/analyze';
import { WARM_UP_ARTICLE } from './warmUpArticle';

export interface AnalysisRequest {
  raw: string;
  publishedOn: string | null;
  /** The headline the reader gave a text that starts without one. */
  headline: string | null;
  url: string | null;
  /** The outlet, which the engine otherwise reads from a byline. */
  publisher: string | null;
}

export type AnalysisMessage = { type: 'progress'; stage: string; done: number } | { type: 'done'; article: unknown } | { type: 'failed'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { raw, publishedOn, headline, url, publisher } = event.data;
  const post = (message: AnalysisMessage) => scope.postMessage(message);
  try {
    const article = analyzeArticle(raw, { publishedOn, headline, url, publisher, onProgress: (stage, done) => post({ type: 'progress', stage, done }) });
    post({ type: 'done', article: { ...article, id: articleIdFor(article.headline.text, raw) } });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};

// A request posted meanwhile waits for this and then runs warm; one posted at once waits about as long as a cold run.
try {
  analyzeArticle(WARM_UP_ARTICLE, { publishedOn: '2023-11-08' });
} catch {
  // The warm-up only saves time; a reader's own text gets its own message if the engine fails on it.
}
