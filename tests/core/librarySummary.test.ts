import { readFileSync } from 'node:fs';
import { quotesInOrder } from '../../src/core/article';
import { readRecord } from '../../src/core/libraryRecord';
import { headOf, joinedSummary, readStoredHead, storedSummary, SUMMARY_VERSION, summaryOf, upgradedSummary } from '../../src/core/librarySummary';
import { quoteLinks } from '../../src/core/quoteLinks';
import type { Article } from '../../src/core/schema';
import { loadGold } from './gold';

const reuters = JSON.parse(readFileSync('tests/fixtures/reuters-kremlin-saudi-iran-deal-2023-03-14.json', 'utf8')) as Article;

test('an article dated only by a date in its text has no publication date in the library (gv-greece-police-violence-immigrants-2012-05-12)', () => {
  const gold = loadGold();
  expect(summaryOf({ ...gold, publishedOn: '1967-04-21', publishedOnFrom: 'text' }, '2026-12-04T21:00:00.000Z').publishedOn).toBeNull();
});

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

test('a stored summary is read back whole from its two parts; one of another version, or missing, is built again; a damaged mark says so', () => {
  const summary = summaryOf(reuters, '2026-11-29T09:00:00.000Z');
  const { head, words } = structuredClone(storedSummary(summary));
  const readHead = readStoredHead(head);
  if (readHead === null || readHead === 'damaged') throw new Error('the head should read');
  expect(joinedSummary(readHead, words)).toEqual(summary);
  expect(readStoredHead(storedSummary(null).head)).toBe('damaged');
  expect(storedSummary(null).words).toBeNull();
  expect(readStoredHead({ ...head, version: SUMMARY_VERSION + 1 })).toBeNull();
  expect(readStoredHead(JSON.stringify(head))).toBeNull();
  expect(readStoredHead(undefined)).toBeNull();
  // Words missing, of another version, or of another count of quotes than the head's are built again.
  expect(joinedSummary(readHead, undefined)).toBeNull();
  expect(joinedSummary(readHead, { ...words, version: SUMMARY_VERSION - 1 })).toBeNull();
  expect(joinedSummary(readHead, { ...words, quotes: words?.quotes.slice(1) })).toBeNull();
});

test('the head the overview reads first holds each quote’s speaker and none of its words, a small part of the summary', () => {
  const summary = summaryOf(loadGold(), '');
  const { head, words } = storedSummary(summary);
  expect(head).toEqual(headOf(summary));
  expect(headOf(summary).quoteSpeakers).toEqual(summary.quotes.map((q) => q.speaker));
  expect(JSON.stringify(head)).not.toContain('unprecedented terrorist attack');
  expect(JSON.stringify(words)).toContain('unprecedented terrorist attack');
  expect(JSON.stringify(head).length).toBeLessThan(JSON.stringify(summary).length / 2);
});

test('a summary version 1 stored whole is split into this version’s parts without its article; its damaged mark stays one', () => {
  const old: unknown = JSON.parse(readFileSync('tests/fixtures/library-records/v1-summary-of-gold.json', 'utf8'));
  const parts = upgradedSummary(old);
  if (!parts) throw new Error('a version 1 summary should upgrade');
  const head = readStoredHead(parts.head);
  if (head === null || head === 'damaged') throw new Error('the upgraded head should read');
  // The record was stored on 29 November, when every attribution of the bundled article was stated at 0.89.
  const goldThen = loadGold();
  for (const { quote } of quotesInOrder(goldThen)) if (quote.speakerId !== null) quote.confidence = 0.89;
  expect(joinedSummary(head, parts.words)).toEqual(summaryOf(goldThen, '2026-11-29T09:00:00.000Z'));
  expect(readStoredHead(upgradedSummary({ version: 1, damaged: true })?.head)).toBe('damaged');
  expect(upgradedSummary({ version: 1, id: 'half' })).toBeNull();
  expect(upgradedSummary(parts.head)).toBeNull();
});

test('a summary names only the people and organisations quoted, each quote pointing at its own', () => {
  const summary = summaryOf(reuters, '');
  const quoted = new Set(quotesInOrder(reuters).flatMap(({ quote }) => (quote.speakerId === null ? [] : [quote.speakerId])));
  expect(reuters.entities.length).toBeGreaterThan(quoted.size);
  expect(summary.speakers.map((s) => s.name)).toEqual(reuters.entities.filter((e) => quoted.has(e.id)).map((e) => e.name));
  const byId = new Map(reuters.entities.map((e) => [e.id, e.name]));
  expect(summary.quotes.map((q) => (q.speaker === null ? null : summary.speakers[q.speaker]?.name))).toEqual(
    quotesInOrder(reuters).map(({ quote }) => (quote.speakerId === null ? null : byId.get(quote.speakerId))),
  );
});
