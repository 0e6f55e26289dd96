import { summaryOf, type ArticleSummary } from './librarySummary';
import type { Article } from './schema';
import { slugify } from './slug';

/** The columns of a quote table, in the order a spreadsheet shows them; the header row uses these names. */
export const QUOTE_COLUMNS = [
  'article',
  'article_id',
  'outlet',
  'url',
  'published',
  'speaker',
  'role',
  'source_type',
  'gender',
  'kind',
  'reporting_verb',
  'confidence',
  'corrected',
  'quote',
] as const;

export type QuoteColumn = (typeof QUOTE_COLUMNS)[number];

/**
 * One quote as a row of the table. Unknown values are null, so a JSON line says "not known" where a
 * CSV cell can only be empty; an unattributed quote has no speaker, role, source type or gender.
 */
export interface QuoteRecord {
  article: string;
  article_id: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  speaker: string | null;
  role: string | null;
  source_type: string | null;
  gender: string | null;
  kind: 'direct' | 'reported';
  reporting_verb: string | null;
  /** The engine's stated confidence in the speaker; null for a quote with none (unattributed). */
  confidence: number | null;
  corrected: boolean;
  quote: string;
}

/** Every quote of one article's summary (core/librarySummary), in reading order, one record each. */
function summaryRecords(summary: ArticleSummary): Array<QuoteRecord> {
  return summary.quotes.map((quote) => {
    const speaker = quote.speaker === null ? null : (summary.speakers[quote.speaker] ?? null);
    return {
      article: summary.headline,
      article_id: summary.id,
      outlet: summary.outlet,
      url: summary.url,
      published: summary.publishedOn,
      speaker: speaker?.name ?? null,
      role: speaker?.role ?? null,
      source_type: speaker?.sourceType ?? null,
      gender: speaker?.gender ?? null,
      kind: quote.kind,
      reporting_verb: quote.verb,
      confidence: speaker === null ? null : quote.confidence,
      corrected: quote.corrected,
      quote: quote.text,
    };
  });
}

/**
 * Every quote of the articles, in reading order, one record each. Read through each article's summary, so that a
 * table of one article and a table of the library, made from the summaries the library keeps, are the same rows.
 */
export function quoteRecords(articles: ReadonlyArray<Article>): Array<QuoteRecord> {
  return articles.flatMap((article) => summaryRecords(summaryOf(article, '')));
}

/** Characters that make a spreadsheet read a cell as a formula (or hide where one starts). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Characters that a field may not hold bare under RFC 4180. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One field of a CSV row. A value a spreadsheet would run as a formula gets a leading apostrophe, as the
 * OWASP advice on CSV injection asks (https://owasp.org/www-community/attacks/CSV_Injection): a quote that
 * starts with "=HYPERLINK(…)" or "-2 degrees" then shows as text instead of being evaluated. A field holding
 * a double quote, comma or line break is put in double quotes, with its own double quotes doubled
 * (RFC 4180, section 2).
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function cell(record: QuoteRecord, column: QuoteColumn): string {
  const value = record[column];
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** Marks the file as UTF-8 for spreadsheets (Excel reads a CSV without it in the system's code page). */
const BOM = '\uFEFF';
const CRLF = '\r\n';

const row = (record: QuoteRecord) => `${QUOTE_COLUMNS.map((c) => csvField(cell(record, c))).join(',')}${CRLF}`;
const HEADER = `${BOM}${QUOTE_COLUMNS.join(',')}${CRLF}`;

/**
 * The quotes of one or many articles as a CSV file's text (RFC 4180): a header row, then one row per quote,
 * each line ended by CRLF, starting with a byte-order mark so that spreadsheets read it as UTF-8.
 */
export function quotesCsv(articles: ReadonlyArray<Article>): string {
  return HEADER + quoteRecords(articles).map(row).join('');
}

/**
 * Builds the CSV of many articles' summaries (as quotesCsv writes it) an article at a time, so that a page can
 * build the library's table between frames.
 */
export function summariesCsvBuilder(summaries: ReadonlyArray<ArticleSummary>): { add: (count: number) => boolean; finish: () => string } {
  const parts = [HEADER];
  let next = 0;
  return {
    add(count) {
      for (const end = Math.min(summaries.length, next + count); next < end; next++) {
        const summary = summaries[next];
        if (summary) parts.push(summaryRecords(summary).map(row).join(''));
      }
      return next >= summaries.length;
    },
    finish: () => parts.join(''),
  };
}

/** The library's table's file name, naming the filter it was made under: `library-quotes-cgtn-from-2022-01-01.csv`. */
export function libraryCsvName(filter: { outlet: string | null; from: string | null; to: string | null }): string {
  const parts = [
    'library-quotes',
    ...(filter.outlet === null ? [] : [slugify(filter.outlet, 'outlet')]),
    ...(filter.from === null ? [] : [`from-${filter.from}`]),
    ...(filter.to === null ? [] : [`until-${filter.to}`]),
  ];
  return `${parts.join('-')}.csv`;
}
