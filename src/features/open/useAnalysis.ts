import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../core/schema';
import type { AnalysisMessage, AnalysisRequest } from './analysis.worker';

// The validator's code (zod and the schema) comes with the first analysis, not with the dialog, which loads ahead
// while the page is still loading.
const validator = () => import('../../core/validate');

const startWorker = () => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });

export interface AnalysisProgress {
  stage: string;
  done: number;
}

/**
 * Runs the analysis engine in a Web Worker, so the page stays responsive; cancel() stops it at once.
 * The worker's answer is validated like any other article before the reader sees it.
 */
export function useAnalysis() {
  const worker = useRef<Worker | null>(null);
  const spare = useRef<Worker | null>(null);
  const [progress, setProgress] = useState<AnalysisProgress | null>(null);

  const cancel = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    setProgress(null);
  }, []);

  // A worker takes some 60 ms to load the engine and a second to warm it up (`analysis.worker.ts`): one is started
  // with the dialog, so that Analyze finds it ready.
  useEffect(() => {
    spare.current = typeof Worker === 'function' ? startWorker() : null;
    return () => {
      spare.current?.terminate();
      spare.current = null;
      cancel();
    };
  }, [cancel]);

  const analyze = useCallback(
    (request: AnalysisRequest) =>
      new Promise<Article | null>((resolve, reject) => {
        cancel();
        const running = spare.current ?? startWorker();
        spare.current = null;
        worker.current = running;
        setProgress({ stage: 'Starting the analysis', done: 0 });
        // Loaded while the worker analyses, so the result is checked as soon as it comes.
        const validation = validator();
        // A worker that answered is kept for the next analysis (the next file of an import, or the next article), which
        // then runs warm: a fresh worker's first analysis compiles the engine's code and regular expressions again.
        const finish = (reusable: boolean) => {
          running.onmessage = null;
          running.onerror = null;
          if (reusable && !spare.current) spare.current = running;
          else running.terminate();
          if (worker.current === running) worker.current = null;
          setProgress(null);
        };
        running.onmessage = (event: MessageEvent<AnalysisMessage>) => {
          const message = event.data;
          if (message.type === 'progress') {
            setProgress({ stage: message.stage, done: message.done });
            return;
          }
          finish(true);
          performance.measure('analysis', 'analysis-start');
          if (message.type === 'failed') {
            reject(new Error(`The analysis failed: ${message.message}`));
            return;
          }
          void validation.then(({ parseArticle, formatProblem }) => {
            const result = parseArticle(message.article);
            if (result.ok) resolve(result.article);
            else reject(new Error(`The analysis produced an invalid article: ${result.problems.map(formatProblem).join('; ')}`));
          }, reject);
        };
        running.onerror = (event) => {
          finish(false);
          reject(new Error(`The analysis could not run: ${event.message || 'the worker failed to start'}`));
        };
        // User Timing, so that a benchmark (or the browser's profiler) can read how long the analysis took.
        performance.mark('analysis-start');
        running.postMessage(request);
      }),
    [cancel],
  );

  return { analyze, cancel, progress, running: progress !== null };
}
