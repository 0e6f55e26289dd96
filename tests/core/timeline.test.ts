import type { ArticleEvent } from '../../src/core/schema';
import { formatPartialDate } from '../../src/core/partialDate';
import { timeline } from '../../src/core/timeline';
import { loadGold } from './gold';

const gold = loadGold();

function event(id: string, date: string, blockId = 'p1'): ArticleEvent {
  return { id, date, label: `Event ${id}`, blockId, evidence: null };
}

test('the January unrest comes before everything that happened on 10 February', () => {
  expect(timeline(gold).map((e) => [e.event.id, e.displayDate])).toEqual([
    ['unrest', 'January 2022'],
    ['csto-assistance', 'January 2022'],
    ['putin-statement', '10 February 2022'],
    ['meeting', '10 February 2022'],
    ['press-conference', '10 February 2022'],
    ['documents-signed', '10 February 2022'],
  ]);
});

test('events of the same date keep the order the text tells them in', () => {
  const sameDay = timeline(gold)
    .filter((e) => e.event.date === '2022-02-10')
    .map((e) => e.event.id);
  expect(sameDay).toEqual(gold.events.filter((e) => e.date === '2022-02-10').map((e) => e.id));
});

test('the January events are dated to the month only, never to a day', () => {
  const january = timeline(gold).filter((e) => e.event.date === '2022-01');
  expect(january.map((e) => [e.precision, e.displayDate])).toEqual([
    ['month', 'January 2022'],
    ['month', 'January 2022'],
  ]);
});

test('each event says which block of the article tells it', () => {
  expect(timeline(gold).map((e) => [e.event.id, e.source])).toEqual([
    ['unrest', 'paragraph 1'],
    ['csto-assistance', 'paragraph 3'],
    ['putin-statement', 'paragraph 1'],
    ['meeting', 'paragraph 2'],
    ['press-conference', 'paragraph 3'],
    ['documents-signed', 'paragraph 8'],
  ]);
});

test('an event told in a caption or the headline is placed there', () => {
  const article = { ...loadGold(), events: [event('handshake', '2022-02-10', 'figure-1-caption'), event('claim', '2022-02-10', 'headline')] };
  expect(timeline(article).map((e) => e.source)).toEqual(['figure 1 caption', 'headline']);
});

test('an event whose block cannot be found falls back to the block id', () => {
  const article = { ...loadGold(), events: [event('lost', '2022', 'p99')] };
  expect(timeline(article)[0]?.source).toBe('p99');
});

test('a year comes before the months in it, and a month before the days in it', () => {
  const article = {
    ...loadGold(),
    events: [
      event('day', '2022-02-10'),
      event('month', '2022-02'),
      event('year', '2022'),
      event('earlier-day', '2022-01-31'),
      event('last-year', '2021-12-31'),
    ],
  };
  expect(timeline(article).map((e) => e.event.id)).toEqual(['last-year', 'year', 'earlier-day', 'month', 'day']);
});

test('an article without events has an empty timeline', () => {
  expect(timeline({ ...loadGold(), events: [] })).toEqual([]);
});

test.each<[string, 'year' | 'month' | 'day', string]>([
  ['2022', 'year', '2022'],
  ['2022-01', 'month', 'January 2022'],
  ['2022-12', 'month', 'December 2022'],
  ['2022-02-10', 'day', '10 February 2022'],
  ['2022-02-01', 'day', '1 February 2022'],
  ['1991-12-16', 'day', '16 December 1991'],
  ['2024-02-29', 'day', '29 February 2024'],
  ['0099-07', 'month', 'July 99'],
])('the date %s is written as precisely as it is known', (date, precision, text) => {
  expect(formatPartialDate(date)).toEqual({ precision, text });
});
