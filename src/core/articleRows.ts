/** Where an article comes from, as far as a page, a row or the reader says. */
export interface ArticleSource {
  url: string | null;
  /** The outlet. */
  publisher: string | null;
  publishedOn: string | null;
}

/** A date written in running text, as a byline gives it ("March 5, 2024", "5 March 2024", "2024-03-05"), as a day. */
export function dayIn(text: string): string | null {
  const found = /\b(\d{4}-\d{2}-\d{2}|[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4})\b/.exec(text);
  return found ? isoDay(found[1]) : null;
}

/** One article of a .jsonl or .csv file, as the reader wrote it (keys or columns of these names). */
export interface ArticleRow {
  headline: string;
  text: string;
  /** An ISO day (or month, or year), or null when the row gives none the reader can read. */
  published: string | null;
  url: string | null;
  outlet: string | null;
}

/** A row's place in its file (1-based, as an editor numbers lines or records) and what it holds. */
export type RowResult = { row: number; ok: true; article: ArticleRow } | { row: number; ok: false; problem: string };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The day a date string names, written as the article format wants it (YYYY-MM-DD, YYYY-MM or YYYY):
 * ISO dates and timestamps keep their own calendar day (the outlet's, not this browser's), "5 March 2024"
 * and "March 5, 2024" are read too; anything else is null rather than a guess.
 */
export function isoDay(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T ])/.exec(text);
  if (iso) {
    const [, year, month, day] = iso;
    const valid = (!month || (Number(month) >= 1 && Number(month) <= 12)) && (!day || (Number(day) >= 1 && Number(day) <= 31));
    return valid ? [year, month, day].filter(Boolean).join('-') : null;
  }
  const words = /^(?:(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})|([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4}))$/i.exec(text);
  if (!words) return null;
  const [day, month, year] = words[1] ? [words[1], words[2], words[3]] : [words[5], words[4], words[6]];
  const m = MONTHS.indexOf((month ?? '').slice(0, 3).toLowerCase());
  const d = Number(day);
  return m >= 0 && d >= 1 && d <= 31 ? `${year}-${pad(m + 1)}-${pad(d)}` : null;
}

const clean = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

/** A row from its named fields; a row without text is refused, since there is nothing to analyse. */
function rowOf(fields: Record<string, unknown>, row: number): RowResult {
  const text = clean(fields.text);
  if (!text) return { row, ok: false, problem: 'it has no text' };
  const optional = (key: string) => clean(fields[key]) || null;
  return {
    row,
    ok: true,
    article: { headline: clean(fields.headline), text, published: isoDay(optional('published')), url: optional('url'), outlet: optional('outlet') },
  };
}

/** Reads JSON Lines: one object per line, blank lines skipped; a line that is not an object is reported by its number. */
export function parseJsonlRows(source: string): Array<RowResult> {
  const results: Array<RowResult> = [];
  source.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      results.push({ row: i + 1, ok: false, problem: 'it is not valid JSON' });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) results.push({ row: i + 1, ok: false, problem: 'it is not a JSON object' });
    else results.push(rowOf(value as Record<string, unknown>, i + 1));
  });
  return results;
}

/**
 * Splits CSV as RFC 4180 writes it: comma-separated fields, each optionally in double quotes, where a
 * quoted field may hold commas, line breaks and doubled quotes (""). Lines end with CRLF or LF.
 */
export function parseCsv(source: string): Array<Array<string>> {
  const records: Array<Array<string>> = [];
  let record: Array<string> = [];
  let field = '';
  let quoted = false;
  let i = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (; i < source.length; i++) {
    const c = source[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (source[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') endRecord();
    else if (c === '\r' && source[i + 1] === '\n') {
      endRecord();
      i++;
    } else field += c;
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

/** Reads CSV articles: the first record names the columns (any order, any case); blank records are skipped. */
export function parseCsvRows(source: string): Array<RowResult> {
  const [header, ...records] = parseCsv(source);
  if (!header) return [];
  const names = header.map((name) => name.trim().toLowerCase());
  if (!names.includes('text')) return [{ row: 1, ok: false, problem: 'its header has no "text" column' }];
  return records.flatMap((fields, i) => {
    if (fields.every((field) => !field.trim())) return [];
    return [rowOf(Object.fromEntries(names.map((name, column) => [name, fields[column] ?? ''])), i + 2)];
  });
}

/** A row's URL, outlet and day, as an article keeps them. */
export function rowSource(row: ArticleRow): ArticleSource {
  return { url: row.url, publisher: row.outlet, publishedOn: row.published };
}

/** The raw text the engine reads for a row: its headline on the first line, when it has one. */
export function rowText(row: ArticleRow): string {
  return row.headline ? `${row.headline}\n\n${row.text}` : row.text;
}
