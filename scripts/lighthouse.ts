// Lighthouse (npm lighthouse@12.8.2) on the built reader and on the minimal page of the same stack,
// desktop and mobile, median of 3 runs: the four scores and FCP, LCP, TBT, CLS.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS, startPreview } from './browser.mjs';

const RUNS = 3;
const METRICS = [
  ['first-contentful-paint', 'FCP', 'ms'],
  ['largest-contentful-paint', 'LCP', 'ms'],
  ['total-blocking-time', 'TBT', 'ms'],
  ['cumulative-layout-shift', 'CLS', ''],
] as const;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

type Row = Record<string, number>;

const median = (values: ReadonlyArray<number>) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function audit(url: string, form: 'desktop' | 'mobile'): Promise<Row> {
  const runs: Array<Row> = [];
  for (let i = 0; i < RUNS; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, form === 'desktop' ? desktopConfig : undefined);
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      const row: Row = {};
      for (const category of CATEGORIES) row[category] = Math.round((lhr.categories[category]?.score ?? 0) * 100);
      for (const [id, label] of METRICS) row[label] = lhr.audits[id]?.numericValue ?? NaN;
      runs.push(row);
    } finally {
      chrome.kill();
    }
  }
  const keys = Object.keys(runs[0] ?? {});
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((r) => r[key] ?? NaN))]));
}

// BENCH_PORT (and BENCH_MINIMAL_PORT, else the next port) move the servers, so two audits on one machine do not meet.
const port = Number(process.env.BENCH_PORT ?? 4181);
const reader = await startPreview(port);
const minimal = await startPreview(Number(process.env.BENCH_MINIMAL_PORT ?? port + 1), 'dist-minimal');
try {
  const rows: Array<[string, Row, Row]> = [];
  for (const form of ['desktop', 'mobile'] as const) rows.push([form, await audit(reader.url, form), await audit(minimal.url, form)]);
  const format = (key: string, value: number) =>
    ['FCP', 'LCP', 'TBT'].includes(key) ? `${value.toFixed(0)} ms` : key === 'CLS' ? value.toFixed(3) : String(value);
  console.log(`\nLighthouse 12.8.2, median of ${RUNS} | reader | minimal page | ratio`);
  console.log('-'.repeat(60));
  for (const [form, r, m] of rows) {
    for (const key of Object.keys(r)) {
      const a = r[key] ?? NaN;
      const b = m[key] ?? NaN;
      const ratio = b === 0 ? (a === 0 ? '1.00' : 'n/a') : (a / b).toFixed(2);
      console.log(`${`${form} ${key}`.padEnd(28)} | ${format(key, a).padStart(8)} | ${format(key, b).padStart(8)} | ${ratio}`);
    }
  }
} finally {
  reader.stop();
  minimal.stop();
}
