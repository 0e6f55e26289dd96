import { mentionKey, type FoundEntity } from './types';

/**
 * Makes `from` part of `into`, the entity found to be the same one: its mentions move over (and `byMention`, keyed by
 * `mentionKey`, points them at `into`), its aliases become `into`'s, and it is left with no mention, so it drops out of
 * the entities found. Its name becomes an alias too unless `keepName` is false: a name that was a job title glued before
 * the person's name ("Chief Digital Engineer Aaron Comis") is no name the person goes by, and the pass that strips such
 * titles keeps none when it only renames.
 */
export function absorbEntity(byMention: Map<string, FoundEntity>, into: FoundEntity, from: FoundEntity, { keepName = true } = {}): void {
  into.mentions.push(...from.mentions);
  for (const m of from.mentions) byMention.set(mentionKey(m.block, m.start), into);
  for (const alias of keepName ? [from.name, ...from.aliases] : from.aliases) into.aliases.add(alias);
  from.mentions = [];
}
