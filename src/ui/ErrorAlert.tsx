import type { ReactNode } from 'react';

export interface ErrorAlertProps {
  message: string;
  problems?: ReadonlyArray<string>;
  /** Left out where trying again cannot help: the ways on that can are then the children. */
  onRetry?: () => void;
  /** Other ways on, shown after Try again. */
  children?: ReactNode;
}

const SHOWN_PROBLEMS = 8;

/** The look of the way on that the alert leads with (Try again, unless it cannot help). */
export const LEADING = 'rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 dark:bg-red-200 dark:text-red-950 dark:hover:bg-red-100';

export function ErrorAlert({ message, problems = [], onRetry, children }: ErrorAlertProps) {
  const hidden = problems.length - SHOWN_PROBLEMS;
  return (
    <div
      role="alert"
      className="mx-auto my-10 max-w-prose rounded-xl border border-red-300 bg-red-50 p-5 font-sans text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
    >
      <p className="font-semibold">{message}</p>
      {problems.length > 0 && (
        <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
          {problems.slice(0, SHOWN_PROBLEMS).map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
          {hidden > 0 && (
            <li>
              …and {hidden} more problem{hidden === 1 ? '' : 's'}.
            </li>
          )}
        </ul>
      )}
      <div className="mt-4 flex flex-wrap gap-3">
        {onRetry && (
          <button type="button" onClick={onRetry} className={LEADING}>
            Try again
          </button>
        )}
        {children}
      </div>
    </div>
  );
}
