import { absorbEntity } from './absorbEntity';
import type { EntityRegistry } from './registry';

/**
 * Capitalised words that open a job title written after a name: "Principal investigator", "Deputy director", "Senior
 * scientist", "Lead engineer".
 */
const ROLE_OPENERS = new Set(['Principal', 'Deputy', 'Senior', 'Chief', 'Associate', 'Assistant', 'Lead', 'Acting']);

/**
 * "… out into the solar system. Evan Anzalone Principal investigator of LN-1" (nasa_article_834 of NASA_RAG, a pull
 * quote's signature whose line break the scrape lost): a job title's capitalised first word glued after a person's
 * name, the title going on in lower case, is no part of the name. Each such person, named three words or more ending in
 * one of `ROLE_OPENERS` at every mention, loses the word from its name and its mentions, and is one with the person
 * the rest names where the article names them apart. `texts` are every block's text.
 */
export function stripTrailingRoleWords({ entities, byMention }: EntityRegistry, texts: ReadonlyArray<string>): void {
  const people = [...entities.values()].filter((e) => e.type === 'person' && e.mentions.length > 0);
  for (const entity of people) {
    const words = entity.name.split(' ');
    const last = words.at(-1) ?? '';
    if (words.length < 3 || !ROLE_OPENERS.has(last)) continue;
    const titleGoesOn = (m: { block: number; end: number }) => /^\s\p{Ll}/u.test((texts[m.block] ?? '').slice(m.end, m.end + 2));
    if (!entity.mentions.every((m) => (texts[m.block] ?? '').slice(m.start, m.end).endsWith(last) && titleGoesOn(m))) continue;
    const name = words.slice(0, -1).join(' ');
    for (const m of entity.mentions) m.end = (texts[m.block] ?? '').lastIndexOf(last, m.end) - 1;
    const same = people.find((p) => p !== entity && p.name === name);
    if (same) absorbEntity(byMention, same, entity, { keepName: false });
    else entity.name = name;
  }
}
