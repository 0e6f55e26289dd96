import { useId } from 'react';

export interface DateAndFileFieldsProps {
  publishedOn: string;
  onPublishedOn: (day: string) => void;
  onFiles: (files: ReadonlyArray<File>) => void;
  disabled: boolean;
}

/** The Open article dialog's optional publication day and its file picker. */
export function DateAndFileFields({ publishedOn, onPublishedOn, onFiles, disabled }: DateAndFileFieldsProps) {
  const id = useId();
  return (
    <div className="mt-4 grid gap-4 sm:grid-cols-2">
      <div>
        <label htmlFor={`${id}-date`} className="mb-1 block text-sm font-semibold">
          Published on <span className="font-normal text-stone-600 dark:text-stone-400">(optional)</span>
        </label>
        <input
          id={`${id}-date`}
          type="date"
          value={publishedOn}
          onChange={(event) => onPublishedOn(event.target.value)}
          disabled={disabled}
          className="min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 dark:border-stone-700 dark:bg-stone-950"
        />
      </div>
      <div>
        <label htmlFor={`${id}-file`} className="mb-1 block text-sm font-semibold">
          Or choose a file (or several)
        </label>
        <input
          id={`${id}-file`}
          type="file"
          multiple
          accept=".txt,.html,.htm,.json,.jsonl,.csv,text/plain,text/html,application/json,text/csv"
          disabled={disabled}
          onChange={(event) => onFiles([...(event.target.files ?? [])])}
          className="block w-full text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border-0 file:bg-stone-200 file:px-3 file:font-semibold dark:file:bg-stone-700"
        />
      </div>
    </div>
  );
}
