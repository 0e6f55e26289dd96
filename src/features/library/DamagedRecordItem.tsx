import type { DamagedEntry } from '../../api/library';
import { rawJson } from '../../core/rawJson';
import { download } from '../../lib/download';

const button = 'min-h-9 rounded-md border border-stone-300 px-2 text-sm hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800';

function fileName(record: DamagedEntry): string {
  return `damaged-record-${record.label.replace(/[^a-z0-9-]+/gi, '-').slice(0, 60) || 'unnamed'}.json`;
}

export interface DamagedRecordItemProps {
  record: DamagedEntry;
  /** Whether Delete was pressed and the question (Delete for good, or Keep) stands. */
  confirming: boolean;
  /** Whether Delete takes focus when it shows: Keep was just pressed, and the button that had focus is gone. */
  focusDelete: boolean;
  onAsk: () => void;
  onKeep: () => void;
  onDelete: () => void;
  /** Called once Delete has taken the focus handed back to it. */
  onFocused: () => void;
}

/**
 * One record the library cannot read: what is wrong, its raw JSON to keep, and Delete, which asks first with Keep
 * focused, as the library's own entries do (`ConfirmDelete.tsx`), so that a keyboard user is not left on the page's body
 * when the pressed button gives way to the question.
 */
export function DamagedRecordItem({ record, confirming, focusDelete, onAsk, onKeep, onDelete, onFocused }: DamagedRecordItemProps) {
  const name = record.headline ? `“${record.headline}”` : `record ${record.label}`;
  return (
    <li className="rounded-lg bg-amber-50 p-2 dark:bg-amber-950">
      <p className="font-medium">Damaged: {name}</p>
      <ul className="my-1 list-disc pl-5 text-xs text-stone-700 dark:text-stone-300">
        {record.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-1">
        {/* A value the browser could not read has nothing to download. */}
        {record.raw !== undefined && (
          <button
            type="button"
            className={button}
            aria-label={`Download raw JSON of damaged ${name}`}
            onClick={() => download(fileName(record), 'application/json', rawJson(record.raw))}
          >
            Download raw JSON
          </button>
        )}
        {confirming ? (
          <>
            <button type="button" className="min-h-9 rounded-md bg-red-700 px-2 font-semibold text-white" onClick={onDelete}>
              Delete for good
            </button>
            <button type="button" className={button} ref={(keep) => keep?.focus()} onClick={onKeep}>
              Keep
            </button>
          </>
        ) : (
          <button
            type="button"
            className="min-h-9 rounded-md px-2 text-red-800 hover:bg-red-100 dark:text-red-300 dark:hover:bg-red-900"
            aria-label={`Delete damaged ${name}`}
            ref={(del) => {
              if (del && focusDelete) {
                del.focus();
                onFocused();
              }
            }}
            onClick={onAsk}
          >
            Delete
          </button>
        )}
      </div>
    </li>
  );
}
