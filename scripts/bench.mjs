// Measures the built reader in Debian's Chromium: gzipped bytes of the first load, and the time from
// navigation to the first quote being clickable (a quote button in the DOM and the next frame painted).
import { bundleSizes, kib } from './bundleSize.mjs';
import { launchChromium, startPreview } from './browser.mjs';

const RUNS = 10;

/** Runs in the page before its scripts: notes when the first quote button appears and a frame has painted. */
function recordFirstQuote() {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('article [role="button"]')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (window.__firstQuoteMs = performance.now())));
  });
  observer.observe(document, { childList: true, subtree: true });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const { url, stop } = await startPreview(4179);
const browser = await launchChromium();
const times = [];
try {
  for (let run = 0; run <= RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(recordFirstQuote);
    await page.goto(url);
    const ms = await page.waitForFunction(() => window.__firstQuoteMs, undefined, { timeout: 15_000 }).then((handle) => handle.jsonValue());
    if (run > 0) times.push(ms);
    await context.close();
  }
} finally {
  await browser.close();
  stop();
}

const sizes = bundleSizes();
const rows = [
  ['first-load JS, gzipped', `${sizes.js} B (${kib(sizes.js)})`],
  ['first-load CSS, gzipped', `${sizes.css} B (${kib(sizes.css)})`],
  ...sizes.lazy.map(({ name, bytes }) => [`on demand: ${name.replace(/-[\w-]{8}\.js$/, '.js')}, gzipped`, `${bytes} B (${kib(bytes)})`]),
  [`navigation → first quote clickable, median of ${RUNS} (cold context, after 1 warm-up)`, `${median(times).toFixed(0)} ms`],
  ['  min / max', `${Math.min(...times).toFixed(0)} ms / ${Math.max(...times).toFixed(0)} ms`],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`\n${'measure'.padEnd(width)} | value\n${'-'.repeat(width)}-|-${'-'.repeat(20)}`);
for (const [label, value] of rows) console.log(`${label.padEnd(width)} | ${value}`);
