import { absorbEntity } from './absorbEntity';
import type { EntityRegistry } from './registry';
import { mentionKey, type FoundEntity, type FoundMention } from './types';

/** A slash right after a name, then a name of two or three capitalised words: "/Cat Stevens". */
const SLASHED_NAME = /^\/(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})(?![\p{L}\p{N}])/u;

/**
 * "Billy Idol and Yusuf/Cat Stevens paid tribute" (wikinews-guitarist-eddie-van-halen-dies-2020-10-08): a person written
 * under two names joined by a slash, the one they go by now and the one they were known by, is one person, named as
 * written, and called by either name alone; the name pass read only the word before the slash. The mention runs to the
 * second name's end, and a person found under that second name ("Cat Stevens") joins it, its mention there dropped.
 */
export function joinSlashedNames(registry: EntityRegistry, texts: ReadonlyArray<string>): void {
  const { entities, byMention } = registry;
  const slashed: Array<{ entity: FoundEntity; mention: FoundMention; second: string; length: number }> = [];
  for (const entity of entities.values()) {
    if (entity.type !== 'person') continue;
    for (const mention of entity.mentions) {
      const found = SLASHED_NAME.exec((texts[mention.block] ?? '').slice(mention.end));
      if (found?.[1]) slashed.push({ entity, mention, second: found[1], length: found[0].length });
    }
  }
  for (const { entity, mention, second, length } of slashed) {
    const secondAt = mentionKey(mention.block, mention.end + 1);
    const other = byMention.get(secondAt);
    if (other && other !== entity && other.type === 'person') absorbEntity(byMention, entity, other);
    entity.mentions = entity.mentions.filter((m) => !(m.block === mention.block && m.start === mention.end + 1));
    byMention.delete(secondAt);
    const whole = (texts[mention.block] ?? '').slice(mention.start, mention.end + length);
    if (entity.name !== whole) entity.aliases.add(entity.name);
    entity.aliases.add(second);
    entity.name = whole;
    mention.end += length;
  }
}
