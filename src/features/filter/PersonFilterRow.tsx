import { memo } from 'react';
import type { Entity } from '../../core/schema';
import { cx } from '../../lib/cx';

export interface PersonFilterRowProps {
  person: Entity;
  count: number;
  colourClass: string;
  checked: boolean;
  /** The start of the ids that tie the checkbox to the person's name and count. */
  idBase: string;
  onToggle: (personId: string, on: boolean) => void;
}

/**
 * One person's checkbox in the filter. A row of its own so that a toggle re-renders the one row it changes: React
 * writes an input's name and type again whenever any of its props change, and a long article lists dozens of people.
 */
export const PersonFilterRow = memo(function PersonFilterRow({ person, count, colourClass, checked, idBase, onToggle }: PersonFilterRowProps) {
  return (
    <li>
      <label className={cx('flex min-h-11 cursor-pointer items-center gap-3 rounded-lg px-2 hover:bg-stone-100 dark:hover:bg-stone-800', colourClass)}>
        <input
          type="checkbox"
          className="h-5 w-5 shrink-0 accent-[var(--speaker)]"
          checked={checked}
          onChange={(event) => onToggle(person.id, event.currentTarget.checked)}
          aria-labelledby={`${idBase}-name`}
          aria-describedby={`${idBase}-count`}
        />
        <span aria-hidden="true" className="swatch h-3 w-3 shrink-0 rounded-full" />
        {/* The name wraps within its own box, so that the count stays beside it however long the name is. */}
        <span id={`${idBase}-name`} className="min-w-0 flex-1 break-words">
          {person.name}
        </span>
        <span
          id={`${idBase}-count`}
          className="shrink-0 whitespace-nowrap rounded-full bg-stone-100 px-2 py-0.5 text-sm tabular-nums text-stone-700 dark:bg-stone-800 dark:text-stone-200"
        >
          {count} {count === 1 ? 'quote' : 'quotes'}
        </span>
      </label>
    </li>
  );
});
