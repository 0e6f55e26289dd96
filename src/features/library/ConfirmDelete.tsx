export interface ConfirmDeleteProps {
  headline: string;
  onDelete: () => void;
  onKeep: () => void;
}

/** The question an entry's Delete asks, in place of that button: Delete, or Keep, which has focus so that Enter keeps. */
export function ConfirmDelete({ headline, onDelete, onKeep }: ConfirmDeleteProps) {
  return (
    <span role="group" aria-label={`Delete “${headline}” from the library?`} className="flex items-center gap-1 text-sm">
      <button type="button" onClick={onDelete} aria-label={`Delete “${headline}”`} className="min-h-9 rounded-md bg-red-700 px-2 font-semibold text-white">
        Delete
      </button>
      <button
        type="button"
        ref={(keep) => keep?.focus()}
        aria-label={`Keep “${headline}”`}
        onClick={onKeep}
        className="min-h-9 rounded-md border border-stone-300 px-2 dark:border-stone-700"
      >
        Keep
      </button>
    </span>
  );
}
