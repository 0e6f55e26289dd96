import { act, renderHook } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { analyzeArticle } from '../../../src/core/engine/analyze';
import type { AnalysisRequest } from '../../../src/features/open/analysis.worker';
import { useAnalysis } from '../../../src/features/open/useAnalysis';

/** The analysis worker, run in this thread (the test DOM has no workers), counting how many were started and stopped. */
class CountingWorker {
  static started = 0;
  static terminated = 0;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror = null;
  constructor() {
    CountingWorker.started += 1;
  }
  postMessage({ raw, ...options }: AnalysisRequest) {
    setTimeout(() => this.onmessage?.({ data: { type: 'done', article: { ...analyzeArticle(raw, options), id: 'harbour' } } }));
  }
  terminate() {
    CountingWorker.terminated += 1;
  }
}

afterEach(() => vi.unstubAllGlobals());

test('articles analysed one after another run in the one worker the first warmed up', async () => {
  vi.stubGlobal('Worker', CountingWorker);
  const { result, unmount } = renderHook(() => useAnalysis());
  const request = { raw: 'Harbour reopens\n\nShips are moving again.', publishedOn: null, headline: null, url: null, publisher: null };
  const opened: Array<string | undefined> = [];
  for (let i = 0; i < 3; i++) await act(async () => void opened.push((await result.current.analyze(request))?.headline.text));
  expect(opened).toEqual(['Harbour reopens', 'Harbour reopens', 'Harbour reopens']);
  expect(CountingWorker.started).toBe(1);
  expect(CountingWorker.terminated).toBe(0);
  unmount();
  expect(CountingWorker.terminated).toBe(1);
});
