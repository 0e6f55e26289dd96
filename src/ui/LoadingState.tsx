export interface LoadingStateProps {
  label: string;
}

export function LoadingState({ label }: LoadingStateProps) {
  return (
    <div role="status" data-loading className="mx-auto my-10 max-w-prose animate-pulse space-y-4 font-sans" aria-live="polite">
      <p className="text-stone-600 dark:text-stone-300">{label}</p>
      <div className="h-8 w-3/4 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="h-4 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="h-4 w-5/6 rounded bg-stone-200 dark:bg-stone-800" />
      <div className="h-4 w-2/3 rounded bg-stone-200 dark:bg-stone-800" />
    </div>
  );
}
