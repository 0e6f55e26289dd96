import fc from 'fast-check';
import { QUOTE_COLUMNS, csvField, libraryCsvName, quoteRecords, quotesCsv, summariesCsvBuilder } from '../../src/core/csv';
import { summaryOf } from '../../src/core/librarySummary';
import type { Article } from '../../src/core/schema';
import { goldArticle } from '../support/serveArticles';
import { parseCsv } from '../support/parseCsv';
import { asVersionOne } from '../support/versionOne';

/** The CSV as rows of named cells, read back with an independent RFC 4180 reader. */
function readBack(csv: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(csv);
  expect(header).toEqual([...QUOTE_COLUMNS]);
  return rows.map((row) => {
    expect(row).toHaveLength(QUOTE_COLUMNS.length);
    return Object.fromEntries(QUOTE_COLUMNS.map((column, i) => [column, row[i] ?? '']));
  });
}

/** The gold article with one quote's words and speaker details changed to the awkward cases a spreadsheet meets. */
function awkwardGold(): Article {
  const article = goldArticle();
  article.url = 'https://www.cgtn.com/news/2022-02-10/putin-tokayev';
  article.publisher = 'CGTN, Beijing';
  const tokayev = article.entities.find((e) => e.id === 'kassym-jomart-tokayev');
  if (!tokayev) throw new Error('the gold has no Tokayev');
  Object.assign(tokayev, { sourceType: 'official', gender: 'man', role: '=HYPERLINK("http://evil.example","President")' });
  const p8 = article.paragraphs.at(-1);
  const quote = p8?.quotes[0];
  if (!p8 || !quote) throw new Error('the gold has no quote in its last paragraph');
  Object.assign(quote, { text: 'He said, "we are ready",\nand then\r\nleft', verb: { lemma: 'say', stance: 'neutral' }, corrected: true });
  return article;
}

test('the bundled article gives one row per quote, in reading order, with who said it and how', () => {
  // As format version 1 saved it; its sources are unknown.
  const article = asVersionOne(goldArticle());
  const rows = readBack(quotesCsv([article]));
  expect(rows).toHaveLength(11);
  expect(rows.map((r) => r.quote)).toEqual(
    [article.headline, ...article.paragraphs].flatMap((b) => [...b.quotes].sort((a, z) => a.start - z.start || z.end - a.end).map((q) => q.text)),
  );
  expect(rows[0]).toEqual({
    article: "Putin calls Kazakhstan's January unrest 'act of terrorist aggression'",
    article_id: 'cgtn-putin-tokayev-2022-02-10',
    outlet: 'CGTN',
    url: '',
    published: '2022-02-10',
    speaker: 'Vladimir Putin',
    role: 'President of Russia',
    source_type: 'unknown',
    gender: 'unknown',
    kind: 'direct',
    reporting_verb: '',
    confidence: '0.89',
    corrected: 'no',
    quote: 'act of terrorist aggression',
  });
  const tokayev = rows.filter((r) => r.speaker === 'Kassym-Jomart Tokayev');
  expect(tokayev.map((r) => r.kind)).toEqual(['reported', 'direct', 'reported', 'reported', 'reported']);
  const tokayevQuotes = [article.headline, ...article.paragraphs]
    .flatMap((b) => [...b.quotes].sort((a, z) => a.start - z.start || z.end - a.end))
    .filter((q) => q.speakerId === 'kassym-jomart-tokayev');
  expect(tokayev.map((r) => r.confidence)).toEqual(tokayevQuotes.map((q) => String(q.confidence)));
});

test('commas, double quotes and line breaks stay inside their cell and come back exactly', () => {
  const csv = quotesCsv([awkwardGold()]);
  const row = readBack(csv).find((r) => r.quote?.startsWith('He said'));
  expect(row?.quote).toBe('He said, "we are ready",\nand then\r\nleft');
  expect(row?.outlet).toBe('CGTN, Beijing');
  expect(row?.url).toBe('https://www.cgtn.com/news/2022-02-10/putin-tokayev');
  expect(row?.reporting_verb).toBe('say');
  expect(row?.corrected).toBe('yes');
  expect(row?.source_type).toBe('official');
  expect(row?.gender).toBe('man');
  expect(csv).toContain('"He said, ""we are ready"",\nand then\r\nleft"\r\n');
});

test('a cell a spreadsheet would run as a formula starts with an apostrophe instead', () => {
  const row = readBack(quotesCsv([awkwardGold()])).find((r) => r.quote?.startsWith('He said'));
  expect(row?.role).toBe(`'=HYPERLINK("http://evil.example","President")`);
  expect(['=1+1', '+1', '-2 degrees', '@SUM(A1)', '\tx', '\rx'].map(csvField)).toEqual(["'=1+1", "'+1", "'-2 degrees", "'@SUM(A1)", "'\tx", `"'\rx"`]);
  expect(['plain', '1 = 1', "it's", ''].map(csvField)).toEqual(['plain', '1 = 1', "it's", '']);
});

test('the file starts with a byte-order mark and ends every line, the last included, with CRLF', () => {
  const csv = quotesCsv([goldArticle()]);
  expect(
    csv.startsWith('\uFEFFarticle,article_id,outlet,url,published,speaker,role,source_type,gender,kind,reporting_verb,confidence,corrected,quote\r\n'),
  ).toBe(true);
  expect(csv.endsWith('\r\n')).toBe(true);
  expect(csv.split('\r\n')).toHaveLength(1 + 11 + 1);
  expect(csv.replaceAll('\r\n', '')).not.toContain('\n');
});

test('an unattributed quote has empty speaker cells; many articles give their rows one after another', () => {
  const gold = goldArticle();
  const other = goldArticle();
  other.id = 'other-article';
  const first = other.paragraphs.flatMap((p) => p.quotes)[0];
  if (!first) throw new Error('the gold has no quote');
  first.speakerId = null;
  const rows = readBack(quotesCsv([gold, other]));
  expect(rows).toHaveLength(22);
  expect(rows.slice(0, 11).every((r) => r.article_id === gold.id)).toBe(true);
  const unattributed = rows.find((r) => r.article_id === 'other-article' && r.quote === first.text);
  // No speaker, so no confidence in one: an empty cell, not a 0 that would read as a measured 0 %.
  expect(unattributed).toMatchObject({ speaker: '', role: '', source_type: '', gender: '', confidence: '' });
  expect(quoteRecords([other]).find((r) => r.quote === first.text)).toMatchObject({ speaker: null, source_type: null });
});

test('no articles give a file with the header alone', () => {
  expect(readBack(quotesCsv([]))).toEqual([]);
});

test('any text in a cell reads back as written, apart from the apostrophe before a formula', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (text) => {
      const [row] = parseCsv(`${csvField(text)},x\r\n`);
      expect(row).toEqual([/^[=+\-@\t\r]/.test(text) ? `'${text}` : text, 'x']);
    }),
  );
});

test('the library’s table, built a few summaries at a time, holds the same rows as a table of the same articles', () => {
  const articles = [goldArticle(), awkwardGold()];
  const builder = summariesCsvBuilder(articles.map((article) => summaryOf(article, '')));
  expect(builder.add(1)).toBe(false);
  expect(builder.add(1)).toBe(true);
  expect(builder.finish()).toBe(quotesCsv(articles));
  expect(readBack(builder.finish())).toHaveLength(22);
});

test('an empty library’s table is its header alone', () => {
  const builder = summariesCsvBuilder([]);
  expect(builder.add(10)).toBe(true);
  expect(builder.finish()).toBe(`\uFEFF${QUOTE_COLUMNS.join(',')}\r\n`);
});

test('the library’s table is named for the filter it was made under', () => {
  expect(libraryCsvName({ outlet: null, from: null, to: null })).toBe('library-quotes.csv');
  expect(libraryCsvName({ outlet: 'Le Monde, Paris', from: '2022-01-01', to: '2022-03-31' })).toBe(
    'library-quotes-le-monde-paris-from-2022-01-01-until-2022-03-31.csv',
  );
});
