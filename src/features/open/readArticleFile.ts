import { parseCsvRows, parseJsonlRows, type ArticleSource, type RowResult } from '../../core/articleRows';
import type { Article } from '../../core/schema';
import { readHtmlArticle } from './htmlToText';

/** The largest file the reader opens: a long article is well under 1 MB of text. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

export type FileContents =
  | { kind: 'text'; text: string; source?: ArticleSource }
  | { kind: 'article'; article: Article }
  /** A .jsonl or .csv file of one article per row. */
  | { kind: 'rows'; rows: Array<RowResult> };

/** What is wrong with a file a reader gave, in words naming it. */
export class FileProblem extends Error {}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function isJsonObject(text: string): boolean {
  if (!/^\s*\{/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether the first codes of a file (its bytes) or of a pasted text (its UTF-16 code units) are binary data: a NUL, or
 * more than one in twenty of them control characters (tab and line breaks aside) or U+FFFD, the mark a decoder leaves
 * for bytes it could not read.
 */
function looksBinary(codes: ArrayLike<number>): boolean {
  let odd = 0;
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? 0;
    if (code === 0) return true;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) odd++;
  }
  return odd / codes.length > 0.05;
}

/** The UTF-16 code units of a text's start, for `looksBinary`. */
const leadingCodes = (text: string): Array<number> => Array.from({ length: Math.min(text.length, 8192) }, (_, i) => text.charCodeAt(i));

/**
 * Reads a dropped or picked file: plain text as it is, an HTML page reduced to its article text, an
 * exported article JSON validated as an article. Anything else is refused with the reason.
 */
export async function readArticleFile(file: File): Promise<FileContents> {
  if (file.size === 0) throw new FileProblem(`${file.name} is empty.`);
  if (file.size > MAX_FILE_BYTES)
    throw new FileProblem(`${file.name} is ${megabytes(file.size)}; the reader opens articles up to ${megabytes(MAX_FILE_BYTES)}.`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  // A PDF can start with plain text ("%PDF-1.4") and would pass for an article: the reader has no way to take its text.
  if (file.name.toLowerCase().endsWith('.pdf') || new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-')
    throw new FileProblem(`${file.name} is a PDF, which the reader cannot read. Copy the article’s text from it and paste it here.`);
  if (looksBinary(bytes.subarray(0, 8192)))
    throw new FileProblem(`${file.name} looks like a binary file, not an article. Open a .txt, .html, exported .json, .jsonl or .csv file.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileProblem(`${file.name} is not UTF-8 text. Save it as UTF-8 and open it again.`);
  }
  const name = file.name.toLowerCase();
  if (name.endsWith('.jsonl') || name.endsWith('.csv')) {
    const rows = name.endsWith('.csv') ? parseCsvRows(text) : parseJsonlRows(text);
    if (rows.length === 0) throw new FileProblem(`${file.name} has no articles in it.`);
    return { kind: 'rows', rows };
  }
  // An exported article can lose its .json name (a download kept without one): its content says what it is.
  if (name.endsWith('.json') || file.type === 'application/json' || isJsonObject(text)) {
    // The validator's code comes with the first article file, not with the dialog, which loads ahead.
    const { formatProblem, parseArticleJson } = await import('../../core/validate');
    const result = parseArticleJson(text);
    if (!result.ok)
      throw new FileProblem(
        `${file.name} is not an article this reader can open: ${result.problems.slice(0, 3).map(formatProblem).join('; ')}${result.problems.length > 3 ? ` (and ${result.problems.length - 3} more problems)` : ''}.`,
      );
    return { kind: 'article', article: result.article };
  }
  if (name.endsWith('.html') || name.endsWith('.htm') || file.type === 'text/html' || /^\s*<(!doctype html|html)\b/i.test(text)) {
    const page = readHtmlArticle(text);
    if (!page.text.trim()) throw new FileProblem(`${file.name} has no article text the reader could find.`);
    return { kind: 'text', text: page.text, source: page.source };
  }
  if (!text.trim()) throw new FileProblem(`${file.name} holds only blank space.`);
  return { kind: 'text', text };
}

/** What stops a pasted or read text from being analysed, in the reader's words; null when nothing does. */
export function textProblem(raw: string): string | null {
  if (!raw) return 'There is no article text yet: paste an article (headline on the first line) or choose a file.';
  if (raw.length > MAX_FILE_BYTES)
    return `The text is ${(raw.length / 1e6).toFixed(1)} million characters; the reader analyzes articles up to ${(MAX_FILE_BYTES / 1e6).toFixed(1)} million.`;
  if (!/[\p{L}]{2}/u.test(raw)) return 'The text has no words in it to analyze.';
  if (looksBinary(leadingCodes(raw))) return 'The text looks like binary data, not an article: paste the article’s words, or open the file it came from.';
  return null;
}
