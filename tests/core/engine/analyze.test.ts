import { expect, test } from 'vitest';
import { analyzeArticle } from '../../../src/core/engine/analyze';

// Opening sentences of dev-half corpus articles, cut to what the date needs.
const ARMY = [
  'Army Air Defense: From System-Centric to Network-Centric',
  'By Keith Anders, ARCIC Requirements Integration Directorate, September 4, 2013',
  'The creation of an integrated system of systems from existing "stove-pipe" systems might seem to be a very daunting task.',
].join('\n\n');
// gv-greece-police-violence-immigrants-2012-05-12: the first full date in its text is a coup's, 45 years before.
const GREECE = [
  'Greece: Police Violence Against Immigrants on the Rise',
  'In response to a comment by the Citizen Protection Minister Michalis Chrisochoidis (@chrisochoidis), on the occasion of the anniversary of the military coup of April 21, 1967, journalist Damian Mac Con Uladh (@damomac) urged the minister to take immediate action:',
].join('\n\n');

test("a date in the byline is the article's publication date (usgov-army-air-defense-network-centric-2013-09-04)", () => {
  const article = analyzeArticle(ARMY);
  expect(article.publishedOn).toBe('2013-09-04');
  expect(article.publishedOnFrom).toBeUndefined();
});

test('a date found only in the paragraphs is marked as taken from the text, not published then', () => {
  const article = analyzeArticle(GREECE);
  expect(article.publishedOn).toBe('1967-04-21');
  expect(article.publishedOnFrom).toBe('text');
});

test('a date the reader gives is the publication date, whatever dates the text holds', () => {
  const article = analyzeArticle(GREECE, { publishedOn: '2012-05-12' });
  expect(article.publishedOn).toBe('2012-05-12');
  expect(article.publishedOnFrom).toBeUndefined();
});

test('a dateline under the headline is the publication date (wikinews-actor-doris-day-dies-at-97-2019-05-16)', () => {
  const article = analyzeArticle(
    [
      'Actor Doris Day dies at 97',
      'Thursday, May 16, 2019',
      'US singer, actor, and animal rights advocate Doris Day died on Monday at her home in Carmel Valley, California.',
    ].join('\n\n'),
  );
  expect(article.publishedOn).toBe('2019-05-16');
  expect(article.publishedOnFrom).toBeUndefined();
  expect(article.paragraphs.map((p) => p.text)).not.toContain('Thursday, May 16, 2019');
  expect(article.events.map((e) => e.label)).not.toContain('Thursday, May 16, 2019');
});
