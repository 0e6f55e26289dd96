import type { EntityIndex, FoundEntity } from '../entities/types';

/**
 * The people the text names right after a lower-case title noun, `head` (AP style writes a title that is no formal
 * one in lower case before the name: "AU trade and industry commissioner Albert Muchanga", "archbishop Monsenor Jorge
 * Eduardo Scheinig", "coach Pep Guardiola"), so that a later "the commissioner" refers back to them. Up to two
 * capitalised words (a formal title: "Monsenor") may stand between the noun and the name. `texts` are the blocks the
 * entities' mentions index into.
 */
export function titleHoldersBefore(head: string, texts: ReadonlyArray<string>, index: EntityIndex): Array<FoundEntity> {
  if (!/^[\p{Ll}-]+$/u.test(head)) return [];
  const before = new RegExp(`(?<![\\p{L}-])${head}\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}$`, 'u');
  // Most mentions have no such noun before them: a plain search of the words before each spares them the pattern.
  const titledAt = (m: { block: number; start: number }) => {
    const words = (texts[m.block] ?? '').slice(Math.max(0, m.start - head.length - 40), m.start);
    return words.includes(head) && before.test(words);
  };
  return index.entities.filter((e) => e.type === 'person' && e.mentions.some(titledAt));
}
