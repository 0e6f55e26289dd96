import type { EntityRegistry } from './registry';
import { mentionKey } from './types';

/** "Day was born Doris Mary Ann Kappelhoff in", "Ginger Baker was born Peter Edward Baker in": a person, then the name given at birth. */
const BORN_AS = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+)\s+was\s+born\s+(?:as\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4})/gu;

/**
 * "Day was born Doris Mary Ann Kappelhoff in Cincinnati": the name a person was born with is theirs, an alias, not a
 * second person. An obituary gives it so. Moves the birth name's mentions to the person named as the subject (by a
 * mention ending there, or by their surname) and keeps the name as an alias; `texts` are every block's text.
 */
export function joinBirthNames(registry: EntityRegistry, texts: ReadonlyArray<string>): void {
  texts.forEach((text, block) => {
    // The pattern, tried at every offset, holds "born" as written: only a block that holds it can match.
    for (const m of text.includes('born') ? text.matchAll(BORN_AS) : []) {
      const subjectStart = m.index;
      const bornStart = m.index + m[0].length - (m[2] ?? '').length;
      // "Day was born …": a sentence's first word may be a surname no mention holds; it still names the person.
      const subject =
        registry.byMention.get(mentionKey(block, subjectStart)) ??
        findEndingAt(registry, block, subjectStart + (m[1] ?? '').length) ??
        registry.personBySurname(m[1] ?? '', block, subjectStart);
      const born = registry.byMention.get(mentionKey(block, bornStart));
      if (!subject || !born || subject === born || subject.type !== 'person' || born.type !== 'person') continue;
      for (const mention of born.mentions) {
        subject.mentions.push(mention);
        registry.byMention.set(mentionKey(mention.block, mention.start), subject);
      }
      subject.aliases.add(born.name);
      born.mentions = [];
    }
  });
}

/** The person a mention of block `block` ending at `end` names ("Ginger Baker" before "was born"), if any. */
function findEndingAt({ entities }: EntityRegistry, block: number, end: number) {
  for (const entity of entities.values()) if (entity.mentions.some((m) => m.block === block && m.end === end)) return entity;
  return undefined;
}
