import { slugify } from '../../slug';
import { spelledOut, withItsAccents } from './nameSpellings';
import type { EntityType, FoundEntity } from './types';

/**
 * Records the name `canonical` of type `type` on the entity found for it. A person's fuller name (more words, or the
 * first name the initials stood for: "Scott Mackey" for "S.C. Mackey") becomes the name and gives the key; the same name
 * with its accents ("Jarosław Kaczyński" for a headline's "Jaroslaw Kaczynski") becomes the name and keeps the key; the
 * name it replaces, or any other different name, is kept as an alias.
 */
export function adoptName(entity: FoundEntity, type: EntityType, canonical: string): void {
  if (type === 'person' && canonical.includes(' ') && (entity.name.split(' ').length < canonical.split(' ').length || spelledOut(entity.name, canonical))) {
    entity.aliases.add(entity.name);
    entity.name = canonical;
    entity.key = slugify(canonical, 'entity');
  } else if (type === 'person' && withItsAccents(entity.name, canonical)) {
    entity.aliases.add(entity.name);
    entity.name = canonical;
  } else if (canonical !== entity.name) entity.aliases.add(canonical);
}
