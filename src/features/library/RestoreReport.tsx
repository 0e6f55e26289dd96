import type { RestoreLine, RestoreReport as Report } from '../../api/libraryBackup';

export interface RestoreReportProps {
  report: Report;
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

function Lines({ title, lines }: { title: string; lines: ReadonlyArray<RestoreLine> }) {
  if (lines.length === 0) return null;
  return (
    <div className="mt-1">
      <p className="font-semibold">{title}</p>
      <ul className="list-disc pl-5 text-xs text-stone-700 dark:text-stone-300">
        {lines.map((line, i) => (
          <li key={i}>
            {line.headline}
            {line.note && ` — ${line.note}`}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What a restore added, what it skipped and what failed (with why), so a reader knows what to try again. */
export function RestoreReport({ report }: RestoreReportProps) {
  const { added, skipped, failed } = report;
  const from = report.exportedAt ? ` from the backup of ${report.exportedAt.slice(0, 10)}` : '';
  return (
    <div className="space-y-2">
      <p>
        Restored{from}: added {count(added.length, 'article')}, skipped {skipped.length} already in the library
        {failed.length > 0 && `, ${failed.length} could not be added`}.
      </p>
      <Lines title="Not added" lines={failed} />
      {added.length + skipped.length > 0 && (
        // What went well can wait behind a click; what failed is shown, since the reader may act on it.
        <details>
          <summary className="cursor-pointer">What was added and skipped</summary>
          <Lines title="Added" lines={added} />
          <Lines title="Skipped" lines={skipped} />
        </details>
      )}
    </div>
  );
}
