import { useId, useState } from 'react';
import { libraryCsvName, summariesCsvBuilder } from '../../core/csv';
import { summariesShown, type LibraryFilter } from '../../core/libraryOverview';
import type { ArticleSummary } from '../../core/librarySummary';
import { download } from '../../lib/download';
import { count } from './labels';
import { inSlices } from './inSlices';

export interface DownloadLibraryCsvProps {
  /** Every article's summary with its quotes; undefined while they are read. */
  summaries: ReadonlyArray<ArticleSummary> | undefined;
  filter: LibraryFilter;
  /** How many articles the filter leaves. */
  articles: number;
}

/**
 * Downloads every quote of the articles the filter leaves as one CSV table, the same columns as an article's:
 * written from the summaries the library keeps, a slice at a time, so that the page answers while it is made.
 */
export function DownloadLibraryCsv({ summaries, filter, articles }: DownloadLibraryCsvProps) {
  const noteId = useId();
  const [making, setMaking] = useState(false);
  const save = async () => {
    if (!summaries || making) return;
    setMaking(true);
    const builder = summariesCsvBuilder(summariesShown(summaries, filter));
    await inSlices(() => builder.add(20)).done;
    download(libraryCsvName(filter), 'text/csv;charset=utf-8', builder.finish());
    setMaking(false);
  };
  const filtered = filter.outlet !== null || filter.from !== null || filter.to !== null;
  return (
    <div className="flex flex-wrap items-center gap-3 font-sans text-sm">
      <button
        type="button"
        onClick={() => void save()}
        disabled={!summaries}
        // While the table is written: aria-disabled, not disabled, which would drop the reader's focus to the page's body.
        aria-disabled={making}
        aria-describedby={noteId}
        className="min-h-10 rounded-lg border border-stone-300 px-3 font-medium hover:bg-stone-100 disabled:opacity-60 aria-disabled:opacity-60 dark:border-stone-700 dark:hover:bg-stone-800"
      >
        Download quotes as CSV
      </button>
      <span id={noteId} role="status" className="text-stone-600 dark:text-stone-400">
        {!summaries
          ? 'Reading the quotes…'
          : making
            ? 'Writing the table…'
            : `One row per quote of the ${count(articles, 'article')}${filtered ? ' the filter leaves' : ' in the library'}.`}
      </span>
    </div>
  );
}
