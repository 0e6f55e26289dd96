import { useEffect, useRef } from 'react';
import { ProgressBar } from '../../ui/ProgressBar';
import type { AnalysisProgress } from './useAnalysis';

export interface AnalysisStatusProps {
  fileNote: string | null;
  problem: string | null;
  progress: AnalysisProgress | null;
  /** The id the problem's alert takes, so that the text box it is about can be described by it. */
  problemId?: string;
}

/** What the dialog did with a file, what stops it, and how far the analysis has got. */
export function AnalysisStatus({ fileNote, problem, progress, problemId }: AnalysisStatusProps) {
  // On a phone the message comes under the text box, below the fold: a reader who pressed Analyze or dropped a
  // file would see nothing happen.
  const alert = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (problem) alert.current?.scrollIntoView({ block: 'nearest' });
  }, [problem]);
  return (
    <>
      {fileNote && (
        <p role="status" className="mt-3 text-sm text-stone-700 dark:text-stone-300">
          {fileNote}
        </p>
      )}
      {problem && (
        <p
          ref={alert}
          id={problemId}
          role="alert"
          // Clear of the dialog's buttons, which stay at its foot, when it is scrolled into view.
          className="mt-4 scroll-mb-24 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
        >
          {problem}
        </p>
      )}
      {progress && (
        <div role="status" className="mt-4 text-sm">
          <p className="font-semibold">{progress.stage}…</p>
          <ProgressBar className="mt-2" label="Analysis progress" max={1} value={progress.done > 0 ? progress.done : undefined} />
        </div>
      )}
    </>
  );
}
