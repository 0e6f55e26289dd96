import type { LibraryOverview } from '../../core/libraryOverview';

export interface OverviewCountsProps {
  overview: LibraryOverview;
}

/** How much the library holds, as the filter leaves it. */
export function OverviewCounts({ overview }: OverviewCountsProps) {
  const figures = [
    ['Articles', overview.articles],
    ['Quotes', overview.quotes],
    ['Sources', overview.sources],
  ] as const;
  return (
    <dl className="grid grid-cols-3 gap-3 font-sans">
      {figures.map(([term, value]) => (
        <div key={term} className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900">
          <dt className="text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-300">{term}</dt>
          <dd className="text-2xl font-bold tabular-nums">{value.toLocaleString('en-GB')}</dd>
        </div>
      ))}
    </dl>
  );
}
