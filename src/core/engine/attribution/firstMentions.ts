import { onceFor } from '../onceFor';
import type { FoundEntity } from '../entities/types';
import type { MentionIndex } from './mentions';

/** Where an entity is first mentioned: its block and the UTF-16 offset its mention starts at in that block. */
type FirstMention = { block: number; start: number };

/**
 * Each article's entities with their first mention, in reading order, read once per mention index: a round-up may hold
 * many colon cues, and each given name alone asks who was named before it.
 */
export const firstMentions = onceFor((mentions: MentionIndex): Map<FoundEntity, FirstMention> => {
  const first = new Map<FoundEntity, FirstMention>();
  for (let b = 0; b < mentions.blockCount; b++)
    for (const m of mentions.inBlock(b)) if (!first.has(m.entity)) first.set(m.entity, { block: b, start: m.start });
  return first;
});

/** Whether `first` comes before offset `start` of `block`. */
export const mentionedBefore = (first: FirstMention, block: number, start: number): boolean =>
  first.block < block || (first.block === block && first.start < start);

/**
 * The people of the article whose full name (two words or more) opens with `word` ("Ahmed" for "Ahmed Shokier" and
 * "Ahmed Naji"), each with its first mention; empty when none. The readings of a given name alone
 * (`loneWriterName.ts`, `sieves/givenNameBefore.ts`, `CueReader`) all start from these bearers.
 */
export function givenNameBearers(word: string, mentions: MentionIndex): [FoundEntity, FirstMention][] {
  return [...firstMentions(mentions)].filter(([e]) => {
    const words = e.name.split(/\s+/);
    return e.type === 'person' && words.length > 1 && words[0] === word;
  });
}
