import type { EntityRegistry } from './registry';

/** ", Jr.", ", Sr.": a generational suffix set off by a comma right after a name, as older style writes it. */
const COMMA_SUFFIX = /^,\s(Jr\.|Sr\.)(?![\p{L}])/u;

/**
 * "Manhattan District Attorney Cyrus R. Vance, Jr. and his own tax preparer" (English Wikinews, 2019): a person's name
 * the text closes with a comma and a generational suffix gets that full name as an alias ("Cyrus R. Vance, Jr."), the
 * fullest name as written that docs/annotation-guide.md asks for. The name stays without it, as the name pass found
 * it, so that the surname and the mentions it settles do not change. `texts` are every block's text.
 */
export function addCommaSuffixes(registry: EntityRegistry, texts: ReadonlyArray<string>): void {
  for (const entity of registry.entities.values()) {
    if (entity.type !== 'person' || !entity.name.includes(' ')) continue;
    for (const m of entity.mentions) {
      const text = texts[m.block] ?? '';
      const suffix = COMMA_SUFFIX.exec(text.slice(m.end, m.end + 8))?.[1];
      if (suffix && text.slice(m.start, m.end).endsWith(entity.name)) entity.aliases.add(`${entity.name}, ${suffix}`);
    }
  }
}
