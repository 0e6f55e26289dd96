/// <reference lib="webworker" />
import { analyzeArticle } from '../../core/engine/analyze';

export interface AnalysisRequest {
  raw: string;
  publishedOn: string | null;
  id: string;
}

export type AnalysisMessage = { type: 'progress'; stage: string; done: number } | { type: 'done'; article: unknown } | { type: 'failed'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { raw, publishedOn, id } = event.data;
  const post = (message: AnalysisMessage) => scope.postMessage(message);
  try {
    const article = analyzeArticle(raw, { publishedOn, id, onProgress: (stage, done) => post({ type: 'progress', stage, done }) });
    post({ type: 'done', article });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
