import { describe, expect, test } from 'vitest';
import { quoteClocks } from '../../src/core/quoteClocks';
import type { Article } from '../../src/core/schema';
import { loadGold } from './gold';

const gold = loadGold();
const clockOf = (article: Article, words: string) => {
  const clock = quoteClocks(article).find((c) => c.quote.text.startsWith(words));
  if (!clock) throw new Error(`no quote "${words}"`);
  return { said: clock.said?.id ?? null, about: clock.about.map((e) => e.id) };
};

describe('when a quote was said, and what it speaks of', () => {
  test('"on Thursday called Kazakhstan\'s unrest in January …": said on Thursday, about the January unrest', () => {
    expect(clockOf(gold, 'an act of terrorist aggression committed')).toEqual({ said: 'putin-statement', about: ['unrest'] });
  });

  test('the press conference is when Putin credited the CSTO, whose help came in January', () => {
    expect(clockOf(gold, "Tokayev's firm stance")).toEqual({ said: 'press-conference', about: ['csto-assistance'] });
  });

  test("a paragraph that dates nothing keeps its speaker's last occasion", () => {
    expect(clockOf(gold, 'the joint efforts of the CSTO')).toEqual({ said: 'press-conference', about: [] });
  });

  test("a speaker's first quote in a paragraph that dates nothing is not placed", () => {
    expect(clockOf(gold, 'Putin and the CSTO for repelling')).toEqual({ said: null, about: [] });
  });

  test('a date inside the quoted words is what the quote is about, even when it is the latest', () => {
    const article: Article = {
      ...gold,
      paragraphs: [
        {
          id: 'p1',
          text: 'On Monday the mayor said the bridge would reopen in March.',
          mentions: [],
          quotes: [
            {
              id: 'q1',
              start: 24,
              end: 57,
              text: 'the bridge would reopen in March',
              kind: 'reported',
              speakerId: null,
              cue: null,
              speakerRef: null,
              resolution: 'unattributed',
              antecedent: null,
              confidence: 0,
            },
          ],
        },
      ],
      headline: { ...gold.headline, quotes: [] },
      figures: [],
      publishedOn: '2024-02-07',
      events: [
        { id: 'monday', date: '2024-02-05', label: 'The mayor speaks', blockId: 'p1', evidence: { start: 0, end: 9, text: 'On Monday' } },
        { id: 'march', date: '2024-03', label: 'The bridge reopens', blockId: 'p1', evidence: { start: 48, end: 56, text: 'in March' } },
      ],
    };
    expect(clockOf(article, 'the bridge would reopen')).toEqual({ said: 'monday', about: ['march'] });
  });
});
