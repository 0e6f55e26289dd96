import { useState } from 'react';
import { useDeleteRecord, useLibraryContents } from '../../api/useLibraryKeeping';
import { DamagedRecordItem } from './DamagedRecordItem';

/** Records the library cannot read, each with what is wrong, its raw JSON to keep, and Delete: the rest of the library stays listed. */
export function DamagedRecords() {
  const { data } = useLibraryContents();
  const { mutate: remove, error } = useDeleteRecord();
  const [confirming, setConfirming] = useState<IDBValidKey | null>(null);
  // The record whose Delete takes focus back after Keep.
  const [kept, setKept] = useState<IDBValidKey | null>(null);
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
            {damaged.map((record) => (
              <DamagedRecordItem
                key={record.label}
                record={record}
                confirming={confirming === record.key}
                focusDelete={kept === record.key}
                onAsk={() => setConfirming(record.key)}
                onKeep={() => {
                  setConfirming(null);
                  setKept(record.key);
                }}
                onDelete={() => {
                  setConfirming(null);
                  remove(record.key);
                }}
                onFocused={() => setKept(null)}
              />
            ))}
          </ul>
          {error && <p role="alert">{error.message}</p>}
        </>
      )}
    </div>
  );
}
