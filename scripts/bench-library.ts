// Measures the library overview on a generated library (1,000 articles unless LIBRARY_ARTICLES says how many):
// in Node, the core's aggregation, index build and search per keystroke; in Debian's Chromium against the built
// app, the first open of a library an older version kept (summaries built), navigation → overview shown (its counts
// and charts, from the summaries' heads) and → its quotes listed (their words read after the first view), a filter
// change → painted, each keystroke in Search quotes → next frame and → results settled, IndexedDB's size, and a
// Restore library of the same articles into an empty browser (import throughput).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startPreview } from './browser.mjs';
import { generatedLibrary } from './generatedLibrary';
import { seedLibrary } from './seedLibrary';
import { countedLibraryOf, libraryOf, libraryOverview } from '../src/core/libraryOverview';
import { buildQuoteIndex, searchQuotes } from '../src/core/quoteSearch';
import { joinedSummary, readStoredHead, storedSummary, summaryOf, type SummaryHead } from '../src/core/librarySummary';

const ARTICLES = Number(process.env.LIBRARY_ARTICLES ?? 1000);
const RUNS = 5;
const TYPED = 'minister said';

const median = (values: ReadonlyArray<number>) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};
const ms = (v: number) => `${v.toFixed(1)} ms`;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/** The core alone, as the overview calls it: medians of RUNS after one warm-up. */
function coreFigures(articles: ReturnType<typeof generatedLibrary>) {
  const stored = articles.map((article) => storedSummary(summaryOf(article, '')));
  // As IndexedDB hands them over: a structured clone of each, the heads first and the words after.
  const readHeads = () => structuredClone(stored.map((s) => s.head)).map((value) => readStoredHead(value) as SummaryHead);
  const readAll = (heads: ReadonlyArray<SummaryHead>) => {
    const words = structuredClone(stored.map((s) => s.words));
    return heads.map((head, i) => {
      const summary = joinedSummary(head, words[i]);
      if (!summary) throw new Error(`the words of ${head.id} do not join its head`);
      return summary;
    });
  };
  const parse = [],
    parseWords = [],
    counts = [],
    library = [],
    overview = [],
    index = [];
  let built = buildQuoteIndex(libraryOf(readAll(readHeads())).quotes);
  for (let run = 0; run < RUNS; run++) {
    const heads = timed(readHeads);
    parse.push(heads.ms);
    const countedLib = timed(() => countedLibraryOf(heads.value));
    counts.push(countedLib.ms);
    overview.push(timed(() => libraryOverview(countedLib.value.articles, countedLib.value.quotes)).ms);
    const summaries = timed(() => readAll(heads.value));
    parseWords.push(summaries.ms);
    const lib = timed(() => libraryOf(summaries.value));
    library.push(lib.ms);
    const made = timed(() => buildQuoteIndex(lib.value.quotes));
    index.push(made.ms);
    built = made.value;
  }
  const search = [...TYPED].map((_, i) => {
    const query = TYPED.slice(0, i + 1);
    return median(Array.from({ length: RUNS }, () => timed(() => searchQuotes(built, query)).ms));
  });
  const quotes = countedLibraryOf(readHeads()).quotes.length;
  const headBytes = stored.reduce((sum, summary) => sum + JSON.stringify(summary.head).length, 0);
  const wordBytes = stored.reduce((sum, summary) => sum + JSON.stringify(summary.words).length, 0);
  return {
    quotes,
    headBytes,
    wordBytes,
    parse: median(parse),
    parseWords: median(parseWords),
    counts: median(counts),
    library: median(library),
    overview: median(overview),
    index: median(index),
    search,
  };
}

/** Navigation → the overview's Most quoted list painted, in ms since the navigation started. */
async function overviewShown(page: Page, url: string): Promise<number> {
  await page.goto(`${url}?view=overview`);
  const handle = await page.waitForFunction(
    () =>
      document.querySelector('section[aria-labelledby] ol li') &&
      new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())))),
    undefined,
    { timeout: 60_000, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/** Navigation → the first quote of the overview's list painted (the quotes' words are read after the first view). */
async function quotesListed(page: Page, url: string): Promise<number> {
  await page.goto(`${url}?view=overview`);
  const handle = await page.waitForFunction(
    () =>
      document.querySelector('ul[aria-label="Quotes found"] li') &&
      new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())))),
    undefined,
    { timeout: 60_000, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/** Runs a change in the page and times it: until the next frame is painted, and until the DOM has settled. */
async function timeChange(page: Page, change: 'outlet' | 'type', value: string): Promise<{ frame: number; settled: number }> {
  return page.evaluate(
    async ({ change, value }) => {
      const control =
        change === 'outlet' ? document.querySelector<HTMLSelectElement>('select') : document.querySelector<HTMLInputElement>('input[type="search"]');
      if (!control) throw new Error(`no ${change} control`);
      let last = performance.now();
      const observer = new MutationObserver(() => (last = performance.now()));
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      const start = performance.now();
      const prototype = change === 'outlet' ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(control, value);
      control.dispatchEvent(new Event(change === 'outlet' ? 'change' : 'input', { bubbles: true }));
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      const frame = performance.now() - start;
      while (performance.now() - last < 150) await new Promise((resolve) => setTimeout(resolve, 10));
      observer.disconnect();
      return { frame, settled: Math.max(frame, last - start + 16.7) };
    },
    { change, value },
  );
}

/** Restore library of a backup holding every article, in an empty browser: ms from the file chosen to the report shown. */
async function restoreTime(browser: Browser, url: string, articles: ReturnType<typeof generatedLibrary>): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  const backup = {
    format: 'who-said-what/library-backup',
    version: 1,
    exportedAt: '2026-11-29T12:00:00.000Z',
    articles: articles.map((article, i) => ({ addedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(), article })),
  };
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore library' }).click();
  const start = await page.evaluate(() => performance.now());
  // A file on disk: Playwright hands a page no buffer over 50 MB, and 5,000 articles weigh more.
  const file = join(mkdtempSync(join(tmpdir(), 'bench-library-')), 'library.json');
  writeFileSync(file, JSON.stringify(backup));
  await (await chooser).setFiles(file);
  const handle = await page.waitForFunction(
    () => /^Restored/.test(document.body.innerText.split('\n').find((line) => line.startsWith('Restored')) ?? '') && performance.now(),
    undefined,
    {
      timeout: 600_000,
      polling: 100,
    },
  );
  const end = (await handle.jsonValue()) as number;
  await context.close();
  return end - start;
}

async function browserFigures(url: string, articles: ReturnType<typeof generatedLibrary>) {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // The same view with an empty library (the bundled article alone): what loading the page itself costs.
    // A context of its own, so that the library's database is made by the seeding below, as an older version made it.
    const emptyContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const empty = await emptyContext.newPage();
    const bare: Array<number> = [];
    for (let run = 0; run <= RUNS; run++) {
      const time = await overviewShown(empty, url);
      if (run > 0) bare.push(time);
    }
    await emptyContext.close();
    // Seeded from a static file of the app's origin, before the app opens its database: the library as an older
    // version of the app kept it, so the first open below includes what an upgrade does.
    await page.goto(`${url}favicon.svg`);
    await seedLibrary(page, articles);
    const firstOpen = await overviewShown(page, url);
    const size = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const shown: Array<number> = [];
    for (let run = 0; run <= RUNS; run++) {
      const time = await overviewShown(page, url);
      if (run > 0) shown.push(time);
    }
    const listed: Array<number> = [];
    for (let run = 0; run < RUNS; run++) listed.push(await quotesListed(page, url));
    const filter: Array<{ frame: number; settled: number }> = [];
    for (const outlet of ['CGTN', 'Reuters', '', 'AFP', '']) filter.push(await timeChange(page, 'outlet', outlet));
    // The index is built in slices after the overview is shown; typing starts once it is in.
    await page.getByRole('searchbox', { name: 'Search quotes' }).fill('warm');
    await page
      .getByText(/^(No quote found|[\d,]+ quotes?)/)
      .first()
      .waitFor();
    await page.getByRole('searchbox', { name: 'Search quotes' }).fill('');
    await page.waitForTimeout(300);
    const typed: Array<{ frame: number; settled: number }> = [];
    for (let i = 1; i <= TYPED.length; i++) typed.push(await timeChange(page, 'type', TYPED.slice(0, i)));
    await context.close();
    return { bare, firstOpen, size, shown, listed, filter, typed, restore: await restoreTime(browser, url, articles) };
  } finally {
    await browser.close();
  }
}

const articles = generatedLibrary(ARTICLES);
const core = coreFigures(articles);
const port = Number(process.env.E2E_PORT ?? 4181);
// LIBRARY_DIST measures another build (one kept before a change) while dist/ is rebuilt.
const reader = await startPreview(port, process.env.LIBRARY_DIST ?? 'dist');
try {
  const browser = await browserFigures(reader.url, articles);
  const rows: Array<[string, string, string]> = [
    [
      `core: summaries' heads copied as IndexedDB hands them over (${ARTICLES} articles), median of ${RUNS}`,
      ms(core.parse),
      `${(core.headBytes / 1024 / 1024).toFixed(1)} MB as JSON`,
    ],
    [`core: countedLibraryOf (${ARTICLES} heads, ${core.quotes} quotes)`, ms(core.counts), 'what the first view counts'],
    [
      "core: quotes' words copied as IndexedDB hands them over, and joined to the heads",
      ms(core.parseWords),
      `${(core.wordBytes / 1024 / 1024).toFixed(1)} MB as JSON; after the first view`,
    ],
    [`core: libraryOf (${ARTICLES} whole summaries)`, ms(core.library), 'after the first view'],
    ['core: libraryOverview (counts, Most quoted, four shares)', ms(core.overview), ''],
    ['core: search index built (once, in slices in the page)', ms(core.index), ''],
    [`core: search per keystroke of "${TYPED}"`, ms(median(core.search)), `max ${ms(Math.max(...core.search))}; aim ≤ 50 ms`],
    [`browser: navigation → overview shown, empty library (the page alone), median of ${RUNS}`, ms(median(browser.bare)), ''],
    ['browser: first open of a library an older version kept → overview shown', ms(browser.firstOpen), 'the upgrade that builds summaries included'],
    [
      `browser: navigation → overview shown and painted, median of ${RUNS}`,
      ms(median(browser.shown)),
      `${ms(median(browser.shown) - median(browser.bare))} more than the page alone; aim ≤ 200 ms`,
    ],
    [`browser: navigation → the overview's first quotes listed, median of ${RUNS}`, ms(median(browser.listed)), 'the words read after the first view'],
    [
      'browser: IndexedDB size (navigator.storage.estimate)',
      `${(browser.size / 1024 / 1024).toFixed(1)} MB`,
      `${(browser.size / ARTICLES / 1024).toFixed(1)} KB per article`,
    ],
    [
      `browser: Restore library of ${ARTICLES} articles into an empty browser`,
      `${(browser.restore / 1000).toFixed(1)} s`,
      `${(ARTICLES / (browser.restore / 1000)).toFixed(0)} articles/s`,
    ],
    [
      'browser: outlet filter change → next frame painted',
      ms(median(browser.filter.map((t) => t.frame))),
      `max ${ms(Math.max(...browser.filter.map((t) => t.frame)))}; aim ≤ 200 ms`,
    ],
    ['browser: outlet filter change → DOM settled', ms(median(browser.filter.map((t) => t.settled))), ''],
    [
      'browser: keystroke in Search quotes → next frame painted',
      ms(median(browser.typed.map((t) => t.frame))),
      `max ${ms(Math.max(...browser.typed.map((t) => t.frame)))}; frame budget 16 ms`,
    ],
    [
      'browser: keystroke in Search quotes → results settled',
      ms(median(browser.typed.map((t) => t.settled))),
      `max ${ms(Math.max(...browser.typed.map((t) => t.settled)))}; aim ≤ 50 ms`,
    ],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\n${'library measure'.padEnd(width)} | value | for scale\n${'-'.repeat(width + 40)}`);
  for (const [label, value, scale] of rows) console.log(`${label.padEnd(width)} | ${value} | ${scale}`);
} finally {
  reader.stop();
}
