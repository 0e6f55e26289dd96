import { blocksInOrder } from './article';
import type { Article, Entity } from './schema';

/** A speaker with the quotes and quoted words the article gives them. */
export interface SpeakerShare {
  /** Null for the quotes that nobody in the text is said to have said. */
  speaker: Entity | null;
  quotes: number;
  words: number;
  /** Share of all quoted words, 0..1. */
  share: number;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * Who is heard and how much: each speaker's quotes and their share of quoted words, most heard first.
 * Words that two quotes of one speaker share (a direct quote inside their reported speech) count once.
 */
export function speakerShares(article: Article): Array<SpeakerShare> {
  const bySpeaker = new Map<string | null, { quotes: number; words: number }>();
  for (const { block } of blocksInOrder(article)) {
    const covered = new Map<string | null, Array<boolean>>();
    for (const quote of block.quotes) {
      const entry = bySpeaker.get(quote.speakerId) ?? { quotes: 0, words: 0 };
      entry.quotes += 1;
      bySpeaker.set(quote.speakerId, entry);
      const mask = covered.get(quote.speakerId) ?? new Array<boolean>(block.text.length).fill(false);
      mask.fill(true, quote.start, quote.end);
      covered.set(quote.speakerId, mask);
    }
    for (const [speakerId, mask] of covered) {
      // By UTF-16 code unit, as offsets count: spreading the string would go by code point and shift past an emoji.
      const text = block.text
        .split('')
        .map((ch, i) => (mask[i] ? ch : ' '))
        .join('');
      const entry = bySpeaker.get(speakerId);
      if (entry) entry.words += countWords(text);
    }
  }
  const total = [...bySpeaker.values()].reduce((sum, e) => sum + e.words, 0);
  const entities = new Map(article.entities.map((e) => [e.id, e]));
  return [...bySpeaker.entries()]
    .map(([speakerId, e]) => ({
      speaker: speakerId === null ? null : (entities.get(speakerId) ?? null),
      quotes: e.quotes,
      words: e.words,
      share: total ? e.words / total : 0,
    }))
    .sort((a, b) => b.words - a.words || b.quotes - a.quotes);
}
