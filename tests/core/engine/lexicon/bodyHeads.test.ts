import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/core/engine/analyze';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// bodyHeads.ts: the words that end the name of a public body or a company. Sentences from fresh Wikinews articles
// (CC BY 2.5, 2019–2020), in neither half of tests/fixtures/real.

const typeOf = (name: string, ...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0).entities.find((e) => e.name === name)?.type ?? null;

describe('a name ending in a body head is an organisation, not a person', () => {
  test.each([
    ['The accident sequence began, Florida Highway Patrol described, in the northbound lanes of Interstate 75.', 'Florida Highway Patrol'],
    ['The European Union sanctioned Iran over alleged Revolutionary Guards assassination plots against dissidents.', 'Revolutionary Guards'],
    ['The Royal Swedish Academy announced the winners of the 2019 Nobel Prize in Physics.', 'Royal Swedish Academy'],
    ['The Northern Arapaho Tribe welcomed ten buffalo to the reservation.', 'Northern Arapaho Tribe'],
  ])('%s', (text, name) => {
    expect(typeOf(name, text)).toBe('organization');
  });

  // Island Ledger fixture: "Front" also opens street names, so it is no body head.
  test('a street opening with "Front" stays no organisation', () => {
    expect(typeOf('Front Street', 'Denise Koh runs a bakery on Front Street.')).not.toBe('organization');
  });
});

test('the editor of a company named before her says the quote, not the company (wn-2019-09-02 Fan Expo Canada)', () => {
  const article = analyzeArticle(
    [
      'Fan Expo Canada 2019 offers celebrities, cosplay',
      '"You have to work those seven days to earn a weekend," quipped Valiant Entertainment editor Heather Antos, later in the panel.',
    ].join('\n\n'),
    { publishedOn: '2019-09-02' },
  );
  const quote = article.paragraphs.flatMap((b) => b.quotes).find((q) => q.text.startsWith('You have to work'));
  expect(article.entities.find((e) => e.id === quote?.speakerId)?.name).toBe('Heather Antos');
});
