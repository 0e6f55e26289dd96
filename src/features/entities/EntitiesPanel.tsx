import { memo } from 'react';
import { compareNames } from '../../core/textOrder';
import type { Entity } from '../../core/schema';
import { Panel } from '../../ui/Panel';
import { EntityGroup } from './EntityGroup';

export interface EntitiesPanelProps {
  entities: ReadonlyArray<Entity>;
  mentionCounts: ReadonlyMap<string, number>;
  highlightedId: string | null;
  onHighlight: (entityId: string | null) => void;
}

const GROUPS = [
  { type: 'person', title: 'People' },
  { type: 'place', title: 'Places' },
  { type: 'organization', title: 'Organizations' },
] as const;

/** The people, places and organisations the article names; choosing one highlights its mentions. */
export const EntitiesPanel = memo(function EntitiesPanel({ entities, mentionCounts, highlightedId, onHighlight }: EntitiesPanelProps) {
  return (
    <Panel title="Entities">
      <div className="space-y-4">
        {GROUPS.map(({ type, title }) => (
          <EntityGroup
            key={type}
            title={title}
            entities={entities
              .filter((e) => e.type === type)
              .sort((a, b) => (mentionCounts.get(b.id) ?? 0) - (mentionCounts.get(a.id) ?? 0) || compareNames(a.name, b.name))}
            mentionCounts={mentionCounts}
            highlightedId={highlightedId}
            onHighlight={onHighlight}
          />
        ))}
      </div>
    </Panel>
  );
});
