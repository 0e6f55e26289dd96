import type { Entity } from './schema';

/** A short name for tight places (a tag after a quote): a person's surname, an organisation's acronym. */
export function shortName(entity: Entity): string {
  if (entity.type === 'person') return entity.name.trim().split(/\s+/).at(-1) ?? entity.name;
  const acronym = entity.aliases.find((alias) => /^[A-Z]{2,6}$/.test(alias));
  return acronym ?? entity.name;
}
