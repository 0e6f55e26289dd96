import { useState } from 'react';
import type { DamagedEntry } from '../../api/library';
import { useDeleteRecord, useLibraryContents } from '../../api/useLibraryKeeping';
import { rawJson } from '../../core/rawJson';
import { download } from '../../lib/download';

const button = 'min-h-9 rounded-md border border-stone-300 px-2 text-sm hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800';

function fileName(record: DamagedEntry): string {
  return `damaged-record-${record.label.replace(/[^a-z0-9-]+/gi, '-').slice(0, 60) || 'unnamed'}.json`;
}

/** Records the library cannot read, each with what is wrong, its raw JSON to keep, and Delete: the rest of the library stays listed. */
export function DamagedRecords() {
  const { data } = useLibraryContents();
  const { mutate: remove, error } = useDeleteRecord();
  const [confirming, setConfirming] = useState<IDBValidKey | null>(null);
  const damaged = data?.damaged ?? [];
  if (damaged.length === 0 && !data?.unreadable) return null;
  return (
    <div className="mt-3 space-y-2 border-t border-stone-200 pt-3 text-sm dark:border-stone-800">
      {data?.unreadable && (
        // Said quietly: a browser without storage (a private window) is no emergency, and a failed save warns on its own.
        <p className="text-amber-900 dark:text-amber-200">
          The library could not be read from this browser's storage ({data.unreadable}). Articles opened now are kept for this session only.
        </p>
      )}
      {damaged.length > 0 && (
        <>
          <h3 className="font-semibold text-amber-900 dark:text-amber-200">
            {damaged.length === 1 ? '1 stored record cannot be read' : `${damaged.length} stored records cannot be read`}
          </h3>
          <ul className="space-y-3">
            {damaged.map((record) => {
              const name = record.headline ? `“${record.headline}”` : `record ${record.label}`;
              return (
                <li key={record.label} className="rounded-lg bg-amber-50 p-2 dark:bg-amber-950">
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
                    {confirming === record.key ? (
                      <>
                        <button
                          type="button"
                          className="min-h-9 rounded-md bg-red-700 px-2 font-semibold text-white"
                          onClick={() => {
                            setConfirming(null);
                            remove(record.key);
                          }}
                        >
                          Delete for good
                        </button>
                        <button type="button" className={button} onClick={() => setConfirming(null)}>
                          Keep
                        </button>
                      </>
                    ) : (
                      <button
                        type="button"
                        className="min-h-9 rounded-md px-2 text-red-800 hover:bg-red-100 dark:text-red-300 dark:hover:bg-red-900"
                        aria-label={`Delete damaged ${name}`}
                        onClick={() => setConfirming(record.key)}
                      >
                        Delete
                      </button>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
          {error && <p role="alert">{error.message}</p>}
        </>
      )}
    </div>
  );
}
