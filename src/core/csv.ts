import { quotesInOrder, speakerOf } from './article';
import type { Article } from './schema';
import { sourceOf } from './sources';

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
  confidence: number;
  corrected: boolean;
  quote: string;
}

/** Every quote of the articles, in reading order, one record each. */
export function quoteRecords(articles: ReadonlyArray<Article>): Array<QuoteRecord> {
  return articles.flatMap((article) =>
    quotesInOrder(article).map(({ quote }) => {
      const speaker = speakerOf(article, quote);
      const source = speaker ? sourceOf(speaker) : null;
      return {
        article: article.headline.text,
        article_id: article.id,
        outlet: article.publisher,
        url: article.url ?? null,
        published: article.publishedOn,
        speaker: speaker?.name ?? null,
        role: speaker?.role ?? null,
        source_type: source?.type ?? null,
        gender: source?.gender ?? null,
        kind: quote.kind,
        reporting_verb: quote.verb?.lemma ?? null,
        confidence: quote.confidence,
        corrected: quote.corrected === true,
        quote: quote.text,
      };
    }),
  );
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

/**
 * The quotes of one or many articles as a CSV file's text (RFC 4180): a header row, then one row per quote,
 * each line ended by CRLF, starting with a byte-order mark so that spreadsheets read it as UTF-8.
 */
export function quotesCsv(articles: ReadonlyArray<Article>): string {
  const lines = [QUOTE_COLUMNS.join(','), ...quoteRecords(articles).map((record) => QUOTE_COLUMNS.map((c) => csvField(cell(record, c))).join(','))];
  return `${BOM}${lines.map((line) => `${line}${CRLF}`).join('')}`;
}
