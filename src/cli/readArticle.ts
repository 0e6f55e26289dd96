import { analyzeArticle } from '../core/engine/analyze';
import { readHtmlPage } from '../core/htmlArticle';
import type { Article } from '../core/schema';
import { readTextFile } from './readText';

/** The files the CLI reads as articles: plain text, and saved web pages. */
export const ARTICLE_FILE = /\.(txt|html?)$/i;

/**
 * Reads and analyses one article file. A saved web page is reduced to its article text first, and where it says it
 * was published (URL, outlet, day) goes with it; a `date` given on the command line wins over the page's.
 */
export function analyzeFile(path: string, date: string | null): Article {
  const text = readTextFile(path);
  if (!/\.html?$/i.test(path)) return analyzeArticle(text, { publishedOn: date });
  const page = readHtmlPage(text);
  return analyzeArticle(page.text, { publishedOn: date ?? page.source.publishedOn, url: page.source.url, publisher: page.source.publisher });
}
