import { memo } from 'react';
import type { MentionPlace } from '../../core/mentions';
import { compareNames } from '../../core/textOrder';
import type { Entity } from '../../core/schema';
import { Panel } from '../../ui/Panel';
import { EntityGroup } from './EntityGroup';

export interface EntitiesPanelProps {
  entities: ReadonlyArray<Entity>;
  mentionCounts: ReadonlyMap<string, number>;
  highlightedId: string | null;
  /** Where the text mentions the highlighted entity; none while no entity is. */
  places?: ReadonlyArray<MentionPlace>;
  onHighlight: (entityId: string | null) => void;
}

const GROUPS = [
  { type: 'person', title: 'People' },
  { type: 'place', title: 'Places' },
  { type: 'organization', title: 'Organizations' },
] as const;

/**
 * The people, places and organisations the article names; choosing one highlights its mentions, and lists where they
 * are, each a link to its place in the text: on a phone the text is far above the panel, and the highlight alone
 * showed nothing happen.
 */
export const EntitiesPanel = memo(function EntitiesPanel({ entities, mentionCounts, highlightedId, places = [], onHighlight }: EntitiesPanelProps) {
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
            places={places}
            onHighlight={onHighlight}
          />
        ))}
      </div>
    </Panel>
  );
});
