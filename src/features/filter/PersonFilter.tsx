import { memo, useId } from 'react';
import type { Entity } from '../../core/schema';
import { cx } from '../../lib/cx';
import { speakerClass } from '../../lib/speakerColour';

export interface PersonFilterProps {
  people: ReadonlyArray<Entity>;
  quoteCounts: ReadonlyMap<string, number>;
  speakerIndex: ReadonlyMap<string, number>;
  chosenIds: ReadonlyArray<string>;
  /** Whether the page's link asks for someone who has no quotes in this article (the filter leaves them out). */
  linkedMissing?: boolean;
  onChange: (ids: Array<string>) => void;
}

/** Checkboxes that keep only the chosen people's quotes clickable. */
export const PersonFilter = memo(function PersonFilter({ people, quoteCounts, speakerIndex, chosenIds, linkedMissing, onChange }: PersonFilterProps) {
  const baseId = useId();
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosenIds, id] : chosenIds.filter((chosen) => chosen !== id));
  return (
    <fieldset className="min-w-0 rounded-xl border border-stone-200 bg-white p-4 font-sans shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <legend className="float-left mb-3 w-full text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-300">Filter by person</legend>
      {linkedMissing && (
        <p role="status" className="clear-both mb-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          The linked person has no quotes in this article, so the filter leaves them out.
        </p>
      )}
      {people.length === 0 && (
        <p className="clear-both text-sm text-stone-700 dark:text-stone-300">Nobody is quoted in this article, so there is no one to filter by.</p>
      )}
      <ul className="clear-both space-y-1">
        {people.map((person) => {
          const count = quoteCounts.get(person.id) ?? 0;
          return (
            <li key={person.id}>
              <label
                className={cx(
                  'flex min-h-11 cursor-pointer flex-wrap items-center gap-3 rounded-lg px-2 hover:bg-stone-100 dark:hover:bg-stone-800',
                  speakerClass(speakerIndex.get(person.id) ?? -1),
                )}
              >
                <input
                  type="checkbox"
                  className="h-5 w-5 accent-[var(--speaker)]"
                  checked={chosenIds.includes(person.id)}
                  onChange={(event) => toggle(person.id, event.currentTarget.checked)}
                  aria-labelledby={`${baseId}-${person.id}-name`}
                  aria-describedby={`${baseId}-${person.id}-count`}
                />
                <span aria-hidden="true" className="swatch h-3 w-3 shrink-0 rounded-full" />
                <span id={`${baseId}-${person.id}-name`} className="grow">
                  {person.name}
                </span>
                <span
                  id={`${baseId}-${person.id}-count`}
                  className="shrink-0 whitespace-nowrap rounded-full bg-stone-100 px-2 py-0.5 text-sm tabular-nums text-stone-700 dark:bg-stone-800 dark:text-stone-200"
                >
                  {count} {count === 1 ? 'quote' : 'quotes'}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {people.length > 0 && (
        <button
          type="button"
          disabled={chosenIds.length === 0}
          onClick={() => onChange([])}
          className="mt-3 min-h-11 rounded-lg border border-stone-300 px-3 text-sm font-medium hover:bg-stone-100 disabled:cursor-default disabled:opacity-50 disabled:hover:bg-transparent dark:border-stone-700 dark:hover:bg-stone-800"
        >
          Show everyone
        </button>
      )}
    </fieldset>
  );
});
