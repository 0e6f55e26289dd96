import { NOT_NAMES } from '../lexicon/notNames';
import { PEN_NAME_TITLES } from '../lexicon/penNameTitles';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { PLACES } from './lookups';
import type { EntityRegistry } from './registry';

/**
 * A sentence opening on an indefinite article (or "another", "one"), up to two words and a role noun, then a comma, one
 * to five words opening with a capital, a comma, and a lower-case word (the verb): "Another blogger, Ha'er fi donia
 * Allah, tackled …". Group 1 is the noun, group 2 the name.
 */
const INDEFINITE_ROLE_APPOSITIVE =
  /(?<=^|[.!?]["”’]?\s+)(?:A|An|Another|One)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+),\s+(\p{Lu}[\p{L}\p{M}\d'’.-]*(?:\s+[\p{L}\p{M}\d'’.-]+){0,4}),\s+\p{Ll}/gu;

const ROLES: ReadonlySet<string> = new Set([...PERSON_ROLE_NOUNS, ...PEN_NAME_TITLES]);

/**
 * "Another blogger, Ha'er fi donia Allah, tackled the topic from a different perspective." (gv-egypt-bloggers-react-
 * obama-cairo-speech-2009-06-06): the appositive after an indefinite role noun of a person (`INDEFINITE_ROLE_APPOSITIVE`)
 * is that person's name, whatever its shape; a pen name's lower-case particles ("fi", "donia") keep the name pass from
 * finding it. Left alone where a pass found anything in those words, or they open on a word that starts no name or are
 * a place ("One reader, Cairo, wrote").
 */
export function addIndefiniteRoleAppositives(registry: EntityRegistry, texts: ReadonlyArray<string>): void {
  texts.forEach((text, block) => {
    for (const found of text.matchAll(INDEFINITE_ROLE_APPOSITIVE)) {
      const name = found[2] ?? '';
      if (!ROLES.has(found[1] ?? '') || NOT_NAMES.has(name.split(/\s+/)[0] ?? '') || PLACES.has(name)) continue;
      const start = found.index + found[0].lastIndexOf(`${name},`);
      const end = start + name.length;
      const taken = [...registry.entities.values()].some((e) => e.mentions.some((m) => m.block === block && m.start < end && m.end > start));
      if (!taken) registry.add('person', name, block, start, end);
    }
  });
}
