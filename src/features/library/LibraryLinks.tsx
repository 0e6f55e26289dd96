import type { LibraryEntry } from '../../api/library';

export interface LibraryLinksProps {
  entries: ReadonlyArray<LibraryEntry>;
}

/** The reader's own articles as links, for when the one asked for cannot be shown. */
export function LibraryLinks({ entries }: LibraryLinksProps) {
  if (entries.length === 0) return null;
  return (
    <nav aria-labelledby="library-links" className="mx-auto max-w-prose font-sans">
      <h2 id="library-links" className="mb-2 text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-300">
        Articles in this browser's library
      </h2>
      <ul className="space-y-1">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a
              href={`?article=${encodeURIComponent(entry.id)}`}
              className="block rounded-lg px-2 py-2 text-blue-800 underline underline-offset-2 hover:bg-stone-100 dark:text-blue-300 dark:hover:bg-stone-800"
            >
              {entry.headline}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
