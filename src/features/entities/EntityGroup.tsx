import { Fragment } from 'react';
import type { MentionPlace } from '../../core/mentions';
import type { Entity } from '../../core/schema';

export interface EntityGroupProps {
  title: string;
  entities: ReadonlyArray<Entity>;
  mentionCounts: ReadonlyMap<string, number>;
  highlightedId: string | null;
  /** Where the text mentions the highlighted entity, shown under it. */
  places: ReadonlyArray<MentionPlace>;
  onHighlight: (entityId: string | null) => void;
}

/** The names an entity also goes by, without those that only add "the" to its own (`the Kremlin` beside `Kremlin`). */
function otherNames(entity: Entity): ReadonlyArray<string> {
  const own = entity.name.toLowerCase();
  return entity.aliases.filter((alias) => alias.toLowerCase().replace(/^the /, '') !== own);
}

export function EntityGroup({ title, entities, mentionCounts, highlightedId, places, onHighlight }: EntityGroupProps) {
  return (
    <div>
      <h3 className="mb-1 font-sans text-sm font-semibold text-stone-800 dark:text-stone-200">{title}</h3>
      {entities.length === 0 ? (
        <p className="font-sans text-sm text-stone-600 dark:text-stone-400">None named.</p>
      ) : (
        <ul className="font-sans text-sm">
          {entities.map((entity) => {
            const count = mentionCounts.get(entity.id) ?? 0;
            const pressed = entity.id === highlightedId;
            const aliases = otherNames(entity);
            return (
              <li key={entity.id}>
                <button
                  type="button"
                  aria-pressed={pressed}
                  onClick={() => onHighlight(pressed ? null : entity.id)}
                  className="flex min-h-11 w-full flex-wrap content-center items-baseline gap-2 rounded-lg px-2 py-1 text-left hover:bg-stone-100 aria-pressed:bg-amber-100 dark:hover:bg-stone-800 dark:aria-pressed:bg-amber-900"
                >
                  {/* A basis, not content width: a long name wraps beside its count, which moves under it only when
                      enlarged text leaves the name too little room. */}
                  <span className="grow basis-40">
                    <span className="font-medium">{entity.name}</span>
                    {aliases.length > 0 && <span className="text-stone-600 dark:text-stone-300"> ({aliases.join(', ')})</span>}
                    {entity.role && <span className="block text-xs text-stone-600 dark:text-stone-300">{entity.role}</span>}
                  </span>
                  <span className="shrink-0 whitespace-nowrap rounded-full bg-stone-100 px-2 py-0.5 tabular-nums text-stone-700 dark:bg-stone-800 dark:text-stone-200">
                    {count} {count === 1 ? 'mention' : 'mentions'}
                  </span>
                </button>
                {pressed && places.length > 0 && (
                  <p className="px-2 pb-1 text-xs text-stone-600 dark:text-stone-300">
                    Marked in the text:{' '}
                    {places.map(({ label, anchor }, i) => (
                      <Fragment key={label}>
                        {i > 0 && ', '}
                        {anchor ? (
                          <a
                            href={`#${anchor}`}
                            className="inline-block min-h-6 py-1 text-blue-700 underline underline-offset-2 hover:no-underline dark:text-blue-300"
                          >
                            {label}
                          </a>
                        ) : (
                          label
                        )}
                      </Fragment>
                    ))}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
