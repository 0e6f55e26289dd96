import { cx } from '../../lib/cx';

export interface LibraryEntryLinkProps {
  id: string;
  headline: string;
  /** A line under the headline: the bundled article, or one the reader corrected. */
  note: string | null;
  current: boolean;
}

/**
 * One article of the Library panel: its headline as a link, marked when it is the article on screen. It fills its row but
 * for the room its Delete button needs beside it, so that a long headline wraps rather than pushing Delete below it.
 */
export function LibraryEntryLink({ id, headline, note, current }: LibraryEntryLinkProps) {
  return (
    <a
      href={`?article=${encodeURIComponent(id)}`}
      data-focus-key={`link:${id}`}
      aria-current={current ? 'page' : undefined}
      className={cx('block min-w-0 flex-1 rounded-lg px-2 py-2 text-sm hover:bg-stone-100 dark:hover:bg-stone-800', current && 'font-semibold')}
    >
      {headline}
      {note && <span className="block text-xs font-normal text-stone-600 dark:text-stone-400">{note}</span>}
    </a>
  );
}
