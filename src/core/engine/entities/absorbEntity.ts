import { mentionKey, type FoundEntity } from './types';

/**
 * Makes `from` part of `into`, the entity found to be the same one: its mentions move over (and `byMention`, keyed by
 * `mentionKey`, points them at `into`), its name and aliases become `into`'s aliases, and it is left with no mention,
 * so it drops out of the entities found.
 */
export function absorbEntity(byMention: Map<string, FoundEntity>, into: FoundEntity, from: FoundEntity): void {
  into.mentions.push(...from.mentions);
  for (const m of from.mentions) byMention.set(mentionKey(m.block, m.start), into);
  for (const alias of [from.name, ...from.aliases]) into.aliases.add(alias);
  from.mentions = [];
}
