// Measures the library overview on a generated library of 1,000 articles: in Node, the core's aggregation,
// index build and search per keystroke; in Debian's Chromium against the built app, navigation → overview
// shown, a filter change → painted, and each keystroke in Search quotes → next frame and → results settled.
import type { Page } from 'playwright-core';
import { launchChromium, startPreview } from './browser.mjs';
import { generatedLibrary } from './generatedLibrary';
import { seedLibrary } from './seedLibrary';
import { libraryOf, libraryOverview } from '../src/core/libraryOverview';
import { buildQuoteIndex, searchQuotes } from '../src/core/quoteSearch';

const ARTICLES = 1000;
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
  const library = [],
    overview = [],
    index = [];
  let built = buildQuoteIndex(libraryOf(articles).quotes);
  for (let run = 0; run < RUNS; run++) {
    const lib = timed(() => libraryOf(articles));
    library.push(lib.ms);
    overview.push(timed(() => libraryOverview(lib.value.articles, lib.value.quotes)).ms);
    const made = timed(() => buildQuoteIndex(lib.value.quotes));
    index.push(made.ms);
    built = made.value;
  }
  const search = [...TYPED].map((_, i) => {
    const query = TYPED.slice(0, i + 1);
    return median(Array.from({ length: RUNS }, () => timed(() => searchQuotes(built, query)).ms));
  });
  const quotes = libraryOf(articles).quotes.length;
  return { quotes, library: median(library), overview: median(overview), index: median(index), search };
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

async function browserFigures(url: string, articles: ReturnType<typeof generatedLibrary>) {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await seedLibrary(page, articles);
    const shown: Array<number> = [];
    for (let run = 0; run <= RUNS; run++) {
      const time = await overviewShown(page, url);
      if (run > 0) shown.push(time);
    }
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
    return { shown, filter, typed };
  } finally {
    await browser.close();
  }
}

const articles = generatedLibrary(ARTICLES);
const core = coreFigures(articles);
const port = Number(process.env.E2E_PORT ?? 4181);
const reader = await startPreview(port);
try {
  const browser = await browserFigures(reader.url, articles);
  const rows: Array<[string, string, string]> = [
    [`core: libraryOf (${ARTICLES} articles, ${core.quotes} quotes), median of ${RUNS}`, ms(core.library), ''],
    ['core: libraryOverview (counts, Most quoted, four shares)', ms(core.overview), ''],
    ['core: search index built (once, in slices in the page)', ms(core.index), ''],
    [`core: search per keystroke of "${TYPED}"`, ms(median(core.search)), `max ${ms(Math.max(...core.search))}; aim ≤ 50 ms`],
    [`browser: navigation → overview shown and painted, median of ${RUNS}`, ms(median(browser.shown)), 'reading 1,000 articles from IndexedDB included'],
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
