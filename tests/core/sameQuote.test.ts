import { readFileSync } from 'node:fs';
import { summaryOf } from '../../src/core/librarySummary';
import { buildSameQuoteIndex, sameQuoteElsewhere, wordingChanges, type SameQuoteIndex } from '../../src/core/sameQuote';
import type { Article } from '../../src/core/schema';
import { loadGold } from './gold';

const reuters = JSON.parse(readFileSync('tests/fixtures/reuters-kremlin-saudi-iran-deal-2023-03-14.json', 'utf8')) as Article;
const REGION = 'This is a region that is perfectly capable of solving its own problems without instructions from across the ocean,';
const AGGRESSION = 'an act of terrorist aggression committed with the direct participation of destructive internal and external forces.';

/** The article under a new id and date, with one quote's words replaced: another outlet's copy of the story. */
function copyOf(article: Article, id: string, publishedOn: string | null, from: string, to: string): Article {
  const swap = (block: Article['headline']) => ({ ...block, quotes: block.quotes.map((q) => (q.text === from ? { ...q, text: to } : q)) });
  return { ...article, id, publishedOn, headline: swap(article.headline), paragraphs: article.paragraphs.map(swap) };
}

const indexOf = (...articles: Array<Article>): SameQuoteIndex => buildSameQuoteIndex(articles.map((a) => summaryOf(a, '')));

test('a quote trimmed at both ends is the same quote', () => {
  const trimmed = 'act of terrorist aggression committed with the direct participation of destructive internal and external forces';
  const index = indexOf(loadGold(), copyOf(loadGold(), 'trimmed', '2022-02-11', AGGRESSION, trimmed));
  const { matches } = sameQuoteElsewhere(index, { articleId: 'trimmed', publishedOn: '2022-02-11', text: trimmed });
  expect(matches.map((m) => [m.quote.articleId, m.quote.text])).toEqual([[loadGold().id, AGGRESSION]]);
  expect(matches[0]?.identical).toBe(false);
});

test('a quote with one word changed is the same quote, and the changed word is marked', () => {
  const changed = REGION.replace('perfectly', 'fully');
  const index = indexOf(reuters, copyOf(reuters, 'wire', '2023-03-13', REGION, changed));
  const found = sameQuoteElsewhere(index, { articleId: reuters.id, publishedOn: reuters.publishedOn, text: REGION });
  expect(found.matches.map((m) => m.quote.articleId)).toEqual(['wire']);
  expect(found.matches[0]?.likeness).toBeGreaterThanOrEqual(0.7);
  // The wire's copy is a day older.
  expect(found.earliest).toBe(found.matches[0]);
  expect(wordingChanges(REGION, changed).filter((p) => p.change !== 'same')).toEqual([
    { text: 'perfectly', change: 'removed' },
    { text: 'fully', change: 'added' },
  ]);
});

test('the same words with other punctuation and case are identical', () => {
  const index = indexOf(reuters, copyOf(reuters, 'copy', '2023-03-15', REGION, `“${REGION.toUpperCase().replace(/,$/, '.')}”`));
  const [match] = sameQuoteElsewhere(index, { articleId: reuters.id, publishedOn: reuters.publishedOn, text: REGION }).matches;
  expect(match?.identical).toBe(true);
  expect(wordingChanges(REGION, match?.quote.text ?? '').every((p) => p.change === 'same')).toBe(true);
});

test('quotes that only open alike, or share a short phrase, are not the same quote', () => {
  const contest = 'We are not in a contest with our Chinese friends. What matters is the result,';
  const index = indexOf(
    reuters,
    copyOf(reuters, 'other', '2023-03-15', contest, 'We are not in a hurry to sign anything with our partners before the summit.'),
  );
  expect(sameQuoteElsewhere(index, { articleId: reuters.id, publishedOn: reuters.publishedOn, text: contest }).matches).toEqual([]);
  // Three words recur as a phrase, not as a quote.
  expect(sameQuoteElsewhere(indexOf(loadGold()), { articleId: 'elsewhere', publishedOn: null, text: 'unprecedented terrorist attack' }).matches).toEqual([]);
});

test('other articles are listed earliest first, undated last, one match each, and this article is earliest when it is', () => {
  const gold = loadGold();
  const index = indexOf(gold, copyOf(gold, 'undated', null, AGGRESSION, AGGRESSION), copyOf(gold, 'later', '2022-03-01', AGGRESSION, AGGRESSION));
  const found = sameQuoteElsewhere(index, { articleId: 'elsewhere', publishedOn: '2022-01-31', text: AGGRESSION });
  expect(found.matches.map((m) => m.quote.articleId)).toEqual([gold.id, 'later', 'undated']);
  // The short quote inside the long one is the same article's: each article is listed once, by its closest quote.
  expect(found.matches.every((m) => m.quote.text === AGGRESSION)).toBe(true);
  expect(found.earliest).toBe('this');
  expect(sameQuoteElsewhere(index, { articleId: 'elsewhere', publishedOn: null, text: AGGRESSION }).earliest).toEqual(found.matches[0]);
});

test('a wording compared with itself trimmed marks the words left out', () => {
  expect(wordingChanges('Buses must be faster than cars, Ruiz said', 'Buses must be faster')).toEqual([
    { text: 'Buses must be faster', change: 'same' },
    { text: 'than cars, Ruiz said', change: 'removed' },
  ]);
});
