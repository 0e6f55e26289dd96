import { expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/core/engine/analyze';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// nationalityWords.ts: a lone word shaped like a nationality. Sentences from fresh NASA pages (public domain), in
// neither half of tests/fixtures/real.
const speakerOf = (paragraphs: Array<string>, quoteStart: string) => {
  const article = analyzeArticle(['A headline about the news', ...paragraphs].join('\n\n'));
  const quote = article.paragraphs.flatMap((p) => p.quotes).find((q) => q.text.startsWith(quoteStart));
  return article.entities.find((e) => e.id === quote?.speakerId)?.name ?? null;
};

test.each([
  [
    [
      '“It’s a high-tolerance optical system built on a 34-meter flexible structure,” said Barzia Tehrani, communications ground systems deputy manager at JPL.',
      '“For decades, we have been adding new radio frequencies to the DSN’s giant antennas,” said Tehrani.',
    ],
    'For decades',
    'Barzia Tehrani',
  ],
  [
    [
      'Texas A&M University President Mark Welsh III announced the new collaboration at the center.',
      '“For the last 35 years, Texas A&M University has honored its space-grant mission,” Welsh said.',
    ],
    'For the last 35 years',
    'Mark Welsh III',
  ],
])('a surname shaped like a nationality is the person named in full before it: %s', (paragraphs, quoteStart, speaker) => {
  expect(speakerOf(paragraphs, quoteStart)).toBe(speaker);
});

test('after a determiner the nationality word stays an adjective, even with a person of that surname', () => {
  const { entities } = findEntities(
    ['A headline about the news', 'Texas A&M University President Mark Welsh III spoke first.', 'He met the Welsh delegation later that day.'],
    0,
  );
  const welsh = entities.find((e) => e.name === 'Mark Welsh III');
  expect(welsh?.mentions).toHaveLength(1);
});
