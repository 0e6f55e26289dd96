import { memo, useCallback, useId, useLayoutEffect, useRef } from 'react';
import type { Entity } from '../../core/schema';
import { speakerClass } from '../../lib/speakerColour';
import { PersonFilterRow } from './PersonFilterRow';

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
  // The rows get one toggle for as long as the filter is shown, which reads the choice as it stands when clicked.
  const chosen = useRef(chosenIds);
  useLayoutEffect(() => {
    chosen.current = chosenIds;
  });
  const toggle = useCallback((id: string, on: boolean) => onChange(on ? [...chosen.current, id] : chosen.current.filter((other) => other !== id)), [onChange]);
  return (
    <fieldset className="min-w-0 rounded-xl border border-stone-200 bg-white p-4 font-sans shadow-sm dark:border-stone-800 dark:bg-stone-900">
      <legend className="float-left mb-3 w-full text-sm font-semibold uppercase tracking-wide text-stone-600 dark:text-stone-300">Filter by person</legend>
      {linkedMissing && (
        <p role="status" className="clear-both mb-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          The linked person has no quotes in this article, so the filter leaves them out.
        </p>
      )}
      {people.length === 0 && (
        <p className="clear-both text-sm text-stone-700 dark:text-stone-300">No quote here names who said it, so there is no one to filter by.</p>
      )}
      <ul className="clear-both space-y-1">
        {people.map((person) => (
          <PersonFilterRow
            key={person.id}
            person={person}
            count={quoteCounts.get(person.id) ?? 0}
            colourClass={speakerClass(speakerIndex.get(person.id) ?? -1)}
            checked={chosenIds.includes(person.id)}
            idBase={`${baseId}-${person.id}`}
            onToggle={toggle}
          />
        ))}
      </ul>
      {people.length > 0 && (
        <button
          type="button"
          // Not `disabled`, which would drop the focus of the reader who just pressed it to the page's body.
          aria-disabled={chosenIds.length === 0}
          onClick={() => chosenIds.length > 0 && onChange([])}
          className="mt-3 min-h-11 rounded-lg border border-stone-300 px-3 text-sm font-medium hover:bg-stone-100 aria-disabled:opacity-60 aria-disabled:hover:bg-transparent dark:border-stone-700 dark:hover:bg-stone-800"
        >
          Show everyone
        </button>
      )}
    </fieldset>
  );
});
