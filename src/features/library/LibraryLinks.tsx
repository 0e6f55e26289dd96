import type { MouseEvent } from 'react';
import type { LibraryEntry } from '../../api/library';

export interface LibraryLinksProps {
  entries: ReadonlyArray<LibraryEntry>;
  onOpen: (id: string) => void;
}

/** The reader's own articles as links, for when the one asked for cannot be shown. */
export function LibraryLinks({ entries, onOpen }: LibraryLinksProps) {
  if (entries.length === 0) return null;
  // A plain click opens the article in place; a modified one (new tab, new window) follows the link.
  const open = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(id);
  };
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
              onClick={(event) => open(event, entry.id)}
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
