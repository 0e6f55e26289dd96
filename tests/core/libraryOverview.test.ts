import { readFileSync } from 'node:fs';
import { quotesInOrder } from '../../src/core/article';
import { libraryOf, libraryOverview, passesFilter, summariesShown, valueOf, type LibraryArticle } from '../../src/core/libraryOverview';
import { quoteLinks } from '../../src/core/quoteLinks';
import type { Article } from '../../src/core/schema';
import { loadGold } from './gold';
import { asVersionOne } from '../support/versionOne';
import { summaryOf } from '../../src/core/librarySummary';

/** The library of these articles, read from their summaries as the overview reads them. */
const libraryOfArticles = (articles: ReadonlyArray<Article>) => libraryOf(articles.map((article) => summaryOf(article, '')));

const fixture = (name: string): Article => JSON.parse(readFileSync(`tests/fixtures/${name}.json`, 'utf8')) as Article;

// Written as format version 1 saved it: sources unknown.
const gold = asVersionOne(loadGold());
const reuters = fixture('reuters-kremlin-saudi-iran-deal-2023-03-14');
const wangGuterres = fixture('cgtn-wang-guterres-food-crisis-2022-06-21');

/** The gold with its two speakers typed and gendered, as a version 2 article would have them. */
function typedGold(): Article {
  const article = asVersionOne(loadGold());
  article.version = 2;
  article.entities = article.entities.map((e) =>
    e.id === 'vladimir-putin' ? { ...e, sourceType: 'official', gender: 'man' } : e.id === 'kassym-jomart-tokayev' ? { ...e, sourceType: 'official' } : e,
  );
  return article;
}

test('the library lists its articles newest first, and each quote with its article, speaker and the key a link names it by', () => {
  const { articles, quotes } = libraryOfArticles([gold, reuters, wangGuterres]);
  expect(articles.map((a) => [a.id, a.outlet, a.publishedOn])).toEqual([
    [reuters.id, 'Reuters', '2023-03-14'],
    [wangGuterres.id, 'CGTN', '2022-06-21'],
    [gold.id, 'CGTN', '2022-02-10'],
  ]);
  const first = quotes.find((q) => q.article.id === gold.id);
  expect(first?.text).toBe('act of terrorist aggression');
  expect(first?.speaker).toEqual({ key: 'vladimir-putin', name: 'Vladimir Putin', type: 'person' });
  const goldKeys = quotes.filter((q) => q.article.id === gold.id).map((q) => q.link);
  const links = quoteLinks(gold);
  expect(goldKeys.map((key) => links.idOf(key))).toEqual(quotesInOrder(gold).map(({ quote }) => quote.id));
});

test('a version 1 article’s sources count as unknown type and gender; a version 2 article’s as the entity says', () => {
  const plain = libraryOfArticles([gold]).quotes;
  expect(new Set(plain.map((q) => `${q.sourceType}/${q.gender}`))).toEqual(new Set(['unknown/unknown']));
  const typed = libraryOfArticles([typedGold()]).quotes;
  expect(typed.filter((q) => q.speaker?.key === 'vladimir-putin').every((q) => q.sourceType === 'official' && q.gender === 'man')).toBe(true);
  expect(typed.filter((q) => q.speaker?.key === 'kassym-jomart-tokayev').every((q) => q.sourceType === 'official' && q.gender === 'unknown')).toBe(true);
});

test('the overview counts articles, quotes and distinct sources across the library', () => {
  const { articles, quotes } = libraryOfArticles([gold, reuters, wangGuterres]);
  const overview = libraryOverview(articles, quotes);
  const quoteTotal = [gold, reuters, wangGuterres].reduce((n, a) => n + [a.headline, ...a.paragraphs].reduce((m, b) => m + b.quotes.length, 0), 0);
  expect(overview.articles).toBe(3);
  expect(overview.quotes).toBe(quoteTotal);
  expect(overview.sources).toBe(new Set(quotes.flatMap((q) => (q.speaker ? [q.speaker.key] : []))).size);
});

test('Most quoted puts the most quoted first, each with the articles that quote them', () => {
  const { articles, quotes } = libraryOfArticles([gold, reuters]);
  const [first, second] = libraryOverview(articles, quotes).mostQuoted;
  expect(first?.speaker.name).toBe('Dmitry Peskov');
  expect(first?.quotes).toBe(8);
  expect(first?.articles.map((a) => a.id)).toEqual([reuters.id]);
  expect(second?.speaker.name).toBe('Vladimir Putin');
  expect(second?.quotes).toBe(6);
});

test('one person named alike in two articles is one source, with both articles', () => {
  const copy = { ...loadGold(), id: 'gold-copy', publishedOn: '2022-03-01' };
  const { articles, quotes } = libraryOfArticles([gold, copy]);
  const overview = libraryOverview(articles, quotes);
  expect(overview.sources).toBe(2);
  expect(overview.mostQuoted[0]?.quotes).toBe(12);
  expect(overview.mostQuoted[0]?.articles.map((a) => a.id)).toEqual(['gold-copy', gold.id]);
});

test('shares by source type and gender go most first, unknown last, and add up to the whole', () => {
  const { articles, quotes } = libraryOfArticles([typedGold(), reuters]);
  const overview = libraryOverview(articles, quotes);
  // The Reuters fixture's gold gives Peskov and Zakharova as spokespeople (he, she) and four bodies as organisations.
  expect(overview.byType.map((s) => [s.value, s.quotes])).toEqual([
    ['official', 11],
    ['spokesperson', 10],
    ['organisation', 9],
  ]);
  expect(overview.byGender.map((s) => [s.value, s.quotes])).toEqual([
    ['man', 14],
    ['woman', 2],
    ['unknown', quotes.length - 16],
  ]);
  expect(overview.byType.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 10);
});

test('shares by outlet go most first and by month earliest first; an article without either is counted last', () => {
  const undated = { ...loadGold(), id: 'undated', publishedOn: null, publisher: null };
  const { articles, quotes } = libraryOfArticles([gold, reuters, wangGuterres, undated]);
  const overview = libraryOverview(articles, quotes);
  expect(overview.byOutlet.map((s) => [s.value, s.articles, s.quotes])).toEqual([
    ['CGTN', 2, quotes.filter((q) => q.article.outlet === 'CGTN').length],
    ['Reuters', 1, 19],
    ['', 1, 11],
  ]);
  expect(overview.byMonth.map((s) => s.value)).toEqual(['2022-02', '2022-06', '2023-03', '']);
});

const dated = (publishedOn: string | null, outlet: string | null = 'CGTN'): LibraryArticle => ({ id: 'a', headline: 'A', outlet, publishedOn });

test.each([
  ['no filter', dated(null, null), { outlet: null, from: null, to: null }, true],
  ['its outlet', dated('2022-02-10'), { outlet: 'CGTN', from: null, to: null }, true],
  ['another outlet', dated('2022-02-10'), { outlet: 'Reuters', from: null, to: null }, false],
  ['inside the range', dated('2022-02-10'), { outlet: null, from: '2022-02-01', to: '2022-02-28' }, true],
  ['on the last day', dated('2022-02-28'), { outlet: null, from: '2022-02-01', to: '2022-02-28' }, true],
  ['before the range', dated('2022-01-31'), { outlet: null, from: '2022-02-01', to: null }, false],
  ['after the range', dated('2022-03-01'), { outlet: null, from: null, to: '2022-02-28' }, false],
  ['a month that overlaps the range', dated('2022-02'), { outlet: null, from: '2022-02-10', to: '2022-02-12' }, true],
  ['without a date, in a range', dated(null), { outlet: null, from: '2022-01-01', to: null }, false],
])('the filter keeps an article %s: %s', (_, article, filter, kept) => {
  expect(passesFilter(article, filter)).toBe(kept);
});

test('a quote’s value on each dimension is what the overview groups it by', () => {
  const [quote] = libraryOfArticles([typedGold()]).quotes;
  if (!quote) throw new Error('the gold has quotes');
  expect([valueOf(quote, 'speaker'), valueOf(quote, 'type'), valueOf(quote, 'gender'), valueOf(quote, 'outlet'), valueOf(quote, 'month')]).toEqual([
    'vladimir-putin',
    'official',
    'man',
    'CGTN',
    '2022-02',
  ]);
});

test('the summaries shown under a filter are those of the articles it leaves, newest first', () => {
  const summaries = [gold, reuters, wangGuterres].map((article) => summaryOf(article, ''));
  expect(summariesShown(summaries, { outlet: null, from: null, to: null }).map((s) => s.id)).toEqual([reuters.id, wangGuterres.id, gold.id]);
  expect(summariesShown(summaries, { outlet: 'CGTN', from: null, to: '2022-03-01' }).map((s) => s.id)).toEqual([gold.id]);
});
