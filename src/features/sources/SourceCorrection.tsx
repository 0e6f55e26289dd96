import { useEffect, useId, useRef, useState } from 'react';
import type { SourceChange } from '../../core/corrections';
import type { Entity } from '../../core/schema';
import type { SourceFacts } from '../../core/sources';
import { SourceKindFields } from '../../ui/SourceKindFields';

export interface SourceCorrectionProps {
  entity: Entity;
  facts: SourceFacts;
  /** The others this source could be the same person as. */
  others: ReadonlyArray<Entity>;
  onSetSource: (entityId: string, change: SourceChange) => void;
  /** Makes `mergedId` one with `keptId`, which keeps its name. */
  onMerge: (keptId: string, mergedId: string) => void;
}

const FIELD = 'min-h-10 w-full rounded-lg border border-stone-300 bg-white px-2 text-sm dark:border-stone-700 dark:bg-stone-950';

/** A source's own corrections: its type, its gender, and that it is the same person as another. */
export function SourceCorrection({ entity, facts, others, onSetSource, onMerge }: SourceCorrectionProps) {
  const ids = useId();
  const [otherId, setOtherId] = useState('');
  // The fields are made only when opened: seven sources' selects would weigh on every page for nothing.
  const [open, setOpen] = useState(false);
  const other = others.find((o) => o.id === otherId);
  // Merged, this source has the other's quotes and moves up the list: React moves its line, which drops the focus of the
  // reader who pressed Merge to the page's body. Once the merge is in (the other is gone), its Correct takes it.
  const summary = useRef<HTMLElement>(null);
  const merging = useRef(false);
  useEffect(() => {
    if (!merging.current) return;
    merging.current = false;
    summary.current?.focus();
  }, [others]);
  return (
    <details className="mt-0.5 text-xs" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary ref={summary} className="w-fit cursor-pointer py-1.5 text-stone-600 hover:text-stone-900 dark:text-stone-400 dark:hover:text-stone-100">
        Correct<span className="sr-only"> {entity.name}</span>
      </summary>
      {open && (
        <div className="mb-2 space-y-2 rounded-lg border border-stone-200 p-3 text-sm text-stone-900 dark:border-stone-700 dark:text-stone-100">
          <SourceKindFields
            compact
            sourceType={facts.type}
            gender={facts.gender}
            onSourceType={(sourceType) => onSetSource(entity.id, { sourceType })}
            onGender={(gender) => onSetSource(entity.id, { gender })}
          />
          {others.length > 0 && (
            <div>
              <label htmlFor={`${ids}-merge`} className="mb-1 block">
                Merge with…
              </label>
              <div className="flex gap-2">
                <select id={`${ids}-merge`} value={otherId} onChange={(event) => setOtherId(event.target.value)} className={FIELD}>
                  <option value="">The same {entity.type === 'person' ? 'person' : 'source'} as…</option>
                  {others.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  disabled={!other}
                  onClick={() => {
                    if (!other) return;
                    merging.current = true;
                    onMerge(entity.id, other.id);
                  }}
                  className="min-h-10 rounded-lg border border-stone-300 px-3 font-medium disabled:opacity-60 dark:border-stone-700"
                >
                  Merge
                </button>
              </div>
              {other && (
                <p className="mt-1 text-xs text-stone-600 dark:text-stone-400">
                  {other.name}’s quotes and mentions go to {entity.name}, and “{other.name}” becomes another name for them.
                </p>
              )}
            </div>
          )}
        </div>
      )}
    </details>
  );
}
