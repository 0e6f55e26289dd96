import { slugify } from '../../slug';
import type { FoundEntity } from '../entities/types';

/**
 * Each entity's id in the reader's article: its name's slug with its type (`kassym-jomart-tokayev`), and `-2`,
 * `-3`, … after it for a later entity whose slug is taken, so ids stay the same when the text does.
 */
export function entityIds(entities: ReadonlyArray<FoundEntity>): Map<FoundEntity, string> {
  const ids = new Map<FoundEntity, string>();
  const used = new Set<string>();
  for (const entity of entities) {
    const base = slugify(entity.name, entity.type);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(entity, id);
  }
  return ids;
}
