import { readFileSync } from 'node:fs';
import { quotesInOrder } from '../../src/core/article';
import { readRecord } from '../../src/core/libraryRecord';
import { readStoredSummary, storedSummary, SUMMARY_VERSION, summaryOf } from '../../src/core/librarySummary';
import { quoteLinks } from '../../src/core/quoteLinks';
import type { Article } from '../../src/core/schema';
import { loadGold } from './gold';

const reuters = JSON.parse(readFileSync('tests/fixtures/reuters-kremlin-saudi-iran-deal-2023-03-14.json', 'utf8')) as Article;

test('a summary keeps each quote in reading order with its words, speaker, kind, verb, confidence and link key', () => {
  const gold = loadGold();
  const summary = summaryOf(gold, '2026-11-29T09:00:00.000Z');
  const placed = quotesInOrder(gold);
  expect(summary).toMatchObject({
    version: SUMMARY_VERSION,
    id: gold.id,
    headline: gold.headline.text,
    outlet: 'CGTN',
    publishedOn: '2022-02-10',
    corrected: false,
  });
  expect(summary.quotes.map((q) => q.text)).toEqual(placed.map(({ quote }) => quote.text));
  const links = quoteLinks(gold);
  expect(summary.quotes.map((q) => links.idOf(q.link))).toEqual(placed.map(({ quote }) => quote.id));
  const first = summary.quotes[0];
  expect(first && first.speaker !== null ? summary.speakers[first.speaker] : null).toMatchObject({
    key: 'vladimir-putin',
    name: 'Vladimir Putin',
    type: 'person',
  });
  expect(first?.kind).toBe(placed[0]?.quote.kind);
  expect(first?.verb).toBe(placed[0]?.quote.verb?.lemma ?? null);
});

test('a summary is a small fraction of its article: what a view of the whole library reads instead', () => {
  for (const article of [loadGold(), reuters]) {
    expect(JSON.stringify(summaryOf(article, '')).length).toBeLessThan(JSON.stringify(article).length / 2);
  }
});

test('a record the first library kept summarises once migrated, its corrections counted', () => {
  const raw: unknown = JSON.parse(readFileSync('tests/fixtures/library-records/v1-speaker-corrections-without-previous.json', 'utf8'));
  const reading = readRecord('v1', raw);
  if (!reading.ok) throw new Error('the fixture should read');
  const summary = summaryOf(reading.record.article, reading.record.addedAt);
  expect(summary.corrected).toBe(true);
  expect(summary.quotes.some((q) => q.corrected && q.speaker === null)).toBe(true);
});

test('a stored summary is read back whole; one of another version, or missing, is built again; a damaged mark says so', () => {
  const summary = summaryOf(reuters, '2026-11-29T09:00:00.000Z');
  expect(readStoredSummary(storedSummary(summary))).toEqual(summary);
  expect(readStoredSummary(storedSummary(null))).toBe('damaged');
  expect(readStoredSummary({ ...summary, version: SUMMARY_VERSION + 1 })).toBeNull();
  expect(readStoredSummary(JSON.stringify(summary))).toBeNull();
  expect(readStoredSummary(undefined)).toBeNull();
});
