import { readFileSync } from 'node:fs';
import { libraryOf } from '../../src/core/libraryOverview';
import { buildQuoteIndex, searchQuotes, searchWords } from '../../src/core/quoteSearch';
import type { Article } from '../../src/core/schema';
import { loadGold } from './gold';
import { summaryOf } from '../../src/core/librarySummary';

/** The library of these articles, read from their summaries as the overview reads them. */
const libraryOfArticles = (articles: ReadonlyArray<Article>) => libraryOf(articles.map((article) => summaryOf(article, '')));

const reuters = JSON.parse(readFileSync('tests/fixtures/reuters-kremlin-saudi-iran-deal-2023-03-14.json', 'utf8')) as Article;
const { quotes } = libraryOfArticles([loadGold(), reuters]);
const index = buildQuoteIndex(quotes);
const found = (query: string) => searchQuotes(index, query).map((position) => quotes[position]?.text.slice(0, 20));

test('search words are lower case, without accents, split at anything but letters and digits', () => {
  expect(searchWords('Zakharova’s “Tehran–Riyadh” Café 2023')).toEqual(['zakharova', 's', 'tehran', 'riyadh', 'cafe', '2023']);
});

test.each([
  ['a word of the quote', 'indivisibility', ["support for Russia's"]],
  ['the start of a word', 'indivisib', ["support for Russia's"]],
  ['every word, in any order', 'terrorist unprecedented', ['Putin and the CSTO f', 'unprecedented terror']],
  ['the speaker’s name with a word', 'zakharova region', ['Those who built thei', 'The countries of the']],
  ['capitals and accents as typed', 'ZAKHÁROVA REGION', ['Those who built thei', 'The countries of the']],
])('a search finds quotes by %s', (_, query, expected) => {
  expect(found(query)).toEqual(expected);
});

test('a search by the kind of quote and the speaker finds only that speaker’s quotes of that kind', () => {
  const hits = searchQuotes(index, 'direct peskov').map((position) => quotes[position]);
  expect(hits.length).toBe(4);
  expect(hits.every((q) => q?.kind === 'direct' && q.speaker?.name === 'Dmitry Peskov')).toBe(true);
});

test('a search by source type and by reporting verb finds the quotes whose speaker or verb it names', () => {
  const typed = quotes.map((q) => (q.speaker?.key === 'maria-zakharova' ? { ...q, sourceType: 'witness' as const, verb: 'warn' } : q));
  const typedIndex = buildQuoteIndex(typed);
  expect(searchQuotes(typedIndex, 'witness').map((p) => typed[p]?.speaker?.name)).toEqual(['Maria Zakharova', 'Maria Zakharova']);
  expect(searchQuotes(typedIndex, 'warn').length).toBe(2);
});

test('results keep the library’s order; a query without words, or with a word no quote has, finds nothing', () => {
  const hits = searchQuotes(index, 'the');
  expect(hits).toEqual([...hits].sort((a, b) => a - b));
  expect(hits.length).toBeGreaterThan(5);
  expect(searchQuotes(index, '  “…” ')).toEqual([]);
  expect(searchQuotes(index, 'peskov zzz')).toEqual([]);
});
