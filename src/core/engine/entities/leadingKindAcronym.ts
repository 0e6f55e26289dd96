import { absorbEntity } from './absorbEntity';
import { ORG_KIND_ACRONYMS } from '../lexicon/orgKindAcronyms';
import { COUNTRY_BY_ADJECTIVE } from './lookups';
import type { EntityRegistry } from './registry';

/**
 * The organisation's name without a kind acronym the name pass read into it, and the nationality adjective before
 * that ("Greek NGO Hellenic League for Human Rights" → "Hellenic League for Human Rights"); null when the name opens
 * with none or too little is left (two words at least, the first capitalised).
 */
export function nameAfterKindAcronym(name: string): string | null {
  const words = name.split(' ');
  const at = COUNTRY_BY_ADJECTIVE.has(words[0] ?? '') && ORG_KIND_ACRONYMS.has(words[1] ?? '') ? 2 : ORG_KIND_ACRONYMS.has(words[0] ?? '') ? 1 : 0;
  const rest = words.slice(at);
  return at > 0 && rest.length >= 2 && /^\p{Lu}/u.test(rest[0] ?? '') ? rest.join(' ') : null;
}

/**
 * Gives each organisation whose name opens with a kind acronym the name after it (`nameAfterKindAcronym`), keeping the
 * name as read as an alias; where another organisation already bears that name, the two are one.
 */
export function stripKindAcronyms(registry: EntityRegistry): void {
  const { entities, byMention } = registry;
  const bodies = [...entities.values()].filter((e) => e.type === 'organization' && e.mentions.length > 0);
  for (const entity of bodies) {
    const name = nameAfterKindAcronym(entity.name);
    if (!name) continue;
    const same = bodies.find((b) => b !== entity && b.mentions.length > 0 && b.name === name);
    if (same) {
      absorbEntity(byMention, same, entity);
      continue;
    }
    entity.aliases.add(entity.name);
    entity.name = name;
  }
}
