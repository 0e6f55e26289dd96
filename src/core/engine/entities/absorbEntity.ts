import { mentionKey, type FoundEntity } from './types';

/**
 * Makes `from` part of `into`, the entity found to be the same one: its mentions move over, kept in reading order (the
 * passes after read an entity's first mention as where the text first names it), and `byMention`, keyed by
 * `mentionKey`, points them at `into`; its aliases and role words become `into`'s, and its role where `into` has none;
 * it is left with no mention, so it drops out of the entities found. Its name becomes an alias too unless `keepName` is
 * false: a name that was a job title glued before the person's name ("Chief Digital Engineer Aaron Comis") is no name
 * the person goes by, and the pass that strips such titles keeps none when it only renames.
 */
export function absorbEntity(byMention: Map<string, FoundEntity>, into: FoundEntity, from: FoundEntity, { keepName = true } = {}): void {
  into.mentions.push(...from.mentions);
  into.mentions.sort((a, b) => a.block - b.block || a.start - b.start);
  for (const m of from.mentions) byMention.set(mentionKey(m.block, m.start), into);
  for (const alias of keepName ? [from.name, ...from.aliases] : from.aliases) into.aliases.add(alias);
  for (const word of from.roleWords) into.roleWords.add(word);
  into.role ??= from.role;
  from.mentions = [];
}
