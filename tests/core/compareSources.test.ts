import { readFileSync } from 'node:fs';
import { compareSources } from '../../src/core/compareSources';
import type { Article } from '../../src/core/schema';
import { asVersionOne } from '../support/versionOne';
import { loadGold } from './gold';

/** The bundled article as format version 1 saved it: its sources are unknown until a test says otherwise. */
const plainGold = () => asVersionOne(loadGold());

const reuters = JSON.parse(readFileSync('tests/fixtures/reuters-kremlin-saudi-iran-deal-2023-03-14.json', 'utf8')) as Article;

/** The gold again, where Putin is an official and Tokayev is not quoted, and a new voice speaks instead. */
function otherTelling(): Article {
  const article = plainGold();
  article.id = 'other-telling';
  article.entities = article.entities.map((e) =>
    e.id === 'vladimir-putin' ? { ...e, sourceType: 'official' } : e.id === 'kassym-jomart-tokayev' ? { ...e, name: 'Aigerim Sultanova' } : e,
  );
  return article;
}

test('two tellings of one story share the speaker they both quote, and each has a voice the other lacks', () => {
  const { shared, onlyFirst, onlySecond } = compareSources(plainGold(), otherTelling());
  expect(shared.map((s) => [s.name, s.quotes])).toEqual([['Vladimir Putin', [6, 6]]]);
  expect(onlyFirst.map((s) => [s.name, s.quotes])).toEqual([['Kassym-Jomart Tokayev', [5, 0]]]);
  expect(onlySecond.map((s) => [s.name, s.quotes])).toEqual([['Aigerim Sultanova', [0, 5]]]);
});

test('articles with no speaker in common share nothing', () => {
  const { shared, onlyFirst, onlySecond } = compareSources(plainGold(), reuters);
  expect(shared).toEqual([]);
  expect(onlyFirst).toHaveLength(2);
  expect(onlySecond.map((s) => s.name)).toContain('Dmitry Peskov');
});

test('each article’s quoted words are shared out by source type, largest first, adding up to the whole', () => {
  const [first, second] = compareSources(plainGold(), otherTelling()).byType;
  expect(first).toEqual([{ type: 'unknown', share: 1 }]);
  expect(second.map((s) => s.type)).toEqual(['official', 'unknown']);
  expect(second[0]?.share).toBeCloseTo(127 / 184, 10);
  expect(second.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 10);
});
