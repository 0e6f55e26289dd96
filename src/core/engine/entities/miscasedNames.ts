import type { EntityRegistry } from './registry';
import { escapeRegExp } from '../escapeRegExp';

/**
 * "with Amazon Web services responding that they would investigate" after "Amazon Web Services acknowledged" (fresh
 * Wikinews, April 2019): an organisation's name of three words or more, written once with a later word in lower case,
 * is still that organisation, which the name pass, reading capitals, cut short. Its first word must be written as in the
 * name, and no other mention may overlap the words. Adds each such mention to `registry`; `texts` are the blocks' texts.
 */
export function addMiscasedMentions(registry: EntityRegistry, texts: ReadonlyArray<string>): void {
  const taken = texts.map(() => [] as Array<[number, number]>);
  for (const entity of registry.entities.values()) for (const m of entity.mentions) taken[m.block]?.push([m.start, m.end]);
  for (const entity of [...registry.entities.values()]) {
    const words = entity.name.split(/\s+/);
    if (entity.type !== 'organization' || words.length < 3 || !words.every((w) => /^\p{Lu}[\p{L}-]*$/u.test(w))) continue;
    const [first = '', ...rest] = words;
    const pattern = new RegExp(`(?<![\\p{L}-])${escapeRegExp(first)}\\s+${rest.map(escapeRegExp).join('\\s+')}(?![\\p{L}-])`, 'giu');
    texts.forEach((text, block) => {
      for (const m of text.matchAll(pattern)) {
        const start = m.index;
        const end = start + m[0].length;
        if (m[0] === entity.name || !m[0].startsWith(first) || taken[block]?.some(([s, e]) => s < end && start < e)) continue;
        registry.add('organization', entity.name, block, start, end);
        taken[block]?.push([start, end]);
      }
    });
  }
}
