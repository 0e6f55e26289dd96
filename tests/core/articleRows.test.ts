import { describe, expect, test } from 'vitest';
import { isoDay, parseCsv, parseCsvRows, parseJsonlRows, rowText } from '../../src/core/articleRows';

describe('CSV is read as RFC 4180 writes it', () => {
  test('quoted fields keep their commas, doubled quotes and line breaks', () => {
    const csv = 'headline,text\r\n"Storm, then calm","He said ""go"".\r\n\r\nThen he left."\r\nPlain,One line\r\n';
    expect(parseCsv(csv)).toEqual([
      ['headline', 'text'],
      ['Storm, then calm', 'He said "go".\r\n\r\nThen he left.'],
      ['Plain', 'One line'],
    ]);
  });

  test('LF line ends, a missing final line end and empty fields all read', () => {
    expect(parseCsv('a,b,c\n1,,3\n"",x,')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
      ['', 'x', ''],
    ]);
  });

  test('a byte order mark does not become part of the first column name', () => {
    expect(parseCsv('\uFEFFtext\nHello')[0]).toEqual(['text']);
  });
});

describe('article rows from a CSV file', () => {
  test('columns are found by name in any order and case, and the date is read as a day', () => {
    const rows = parseCsvRows('URL,Text,Headline,published,outlet\nhttps://example.org/a,"Body, with comma",A headline,2024-03-05T10:00:00Z,Example News\n');
    expect(rows).toEqual([
      {
        row: 2,
        ok: true,
        article: { headline: 'A headline', text: 'Body, with comma', published: '2024-03-05', url: 'https://example.org/a', outlet: 'Example News' },
      },
    ]);
  });

  test('a row without text is reported by its record number, and blank records are skipped', () => {
    const rows = parseCsvRows('headline,text\nOnly a headline,\n,\nGood,Some text\n');
    expect(rows).toEqual([
      { row: 2, ok: false, problem: 'it has no text' },
      { row: 4, ok: true, article: { headline: 'Good', text: 'Some text', published: null, url: null, outlet: null } },
    ]);
  });

  test('a header without a text column says so instead of reading nothing', () => {
    expect(parseCsvRows('title,body\nA,B\n')).toEqual([{ row: 1, ok: false, problem: 'its header has no "text" column' }]);
  });
});

describe('article rows from a JSON Lines file', () => {
  test('each line is one article, blank lines are skipped, and bad lines are reported by their line number', () => {
    const jsonl = [
      JSON.stringify({ headline: 'One', text: 'First text', published: '5 March 2024', url: 'https://a.example/1', outlet: 'A' }),
      '',
      '{not json',
      '[1, 2]',
      JSON.stringify({ text: 'Second text', published: 'someday' }),
    ].join('\n');
    expect(parseJsonlRows(jsonl)).toEqual([
      { row: 1, ok: true, article: { headline: 'One', text: 'First text', published: '2024-03-05', url: 'https://a.example/1', outlet: 'A' } },
      { row: 3, ok: false, problem: 'it is not valid JSON' },
      { row: 4, ok: false, problem: 'it is not a JSON object' },
      { row: 5, ok: true, article: { headline: '', text: 'Second text', published: null, url: null, outlet: null } },
    ]);
  });
});

test('a row reads as its headline on the first line, then its text', () => {
  expect(rowText({ headline: 'H', text: 'Body', published: null, url: null, outlet: null })).toBe('H\n\nBody');
  expect(rowText({ headline: '', text: 'Body', published: null, url: null, outlet: null })).toBe('Body');
});

describe('a published date becomes the day it names', () => {
  test.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T23:30:00-05:00', '2024-03-05'],
    ['2024-03', '2024-03'],
    ['March 5, 2024', '2024-03-05'],
    ['5 Sept. 2024', '2024-09-05'],
    ['2024-13-01', null],
    ['yesterday', null],
    ['', null],
  ])('%s → %s', (input, day) => {
    expect(isoDay(input)).toBe(day);
  });
});
