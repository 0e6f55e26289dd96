import { cx } from '../lib/cx';

export interface ProgressBarProps {
  label: string;
  max: number;
  /** Undefined while nothing is done yet: the bar then pulses, so that the reader sees the work has started. */
  value: number | undefined;
  valueText?: string;
  className?: string;
}

/** A native progress bar (role progressbar) drawn as the app's rounded bars rather than the browser's own. */
export function ProgressBar({ label, max, value, valueText, className }: ProgressBarProps) {
  return (
    <progress
      className={cx(
        'block h-2.5 w-full appearance-none overflow-hidden rounded-full bg-stone-200 dark:bg-stone-700',
        '[&::-moz-progress-bar]:rounded-full [&::-moz-progress-bar]:bg-blue-700 dark:[&::-moz-progress-bar]:bg-blue-300',
        '[&::-webkit-progress-bar]:bg-stone-200 dark:[&::-webkit-progress-bar]:bg-stone-700',
        '[&::-webkit-progress-value]:rounded-full [&::-webkit-progress-value]:bg-blue-700 [&::-webkit-progress-value]:transition-[width] dark:[&::-webkit-progress-value]:bg-blue-300',
        'indeterminate:animate-pulse indeterminate:[&::-webkit-progress-bar]:bg-blue-200 dark:indeterminate:[&::-webkit-progress-bar]:bg-blue-900',
        className,
      )}
      max={max}
      value={value}
      aria-label={label}
      aria-valuetext={valueText}
    />
  );
}
