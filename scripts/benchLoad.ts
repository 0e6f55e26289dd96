// Navigation → first element shown and clickable, for pages loaded in turn: scripts/bench-browser.ts's load rows, and
// `npx tsx scripts/benchLoad.ts [runs]` to time the reader's build beside the minimal page alone (BENCH_BASE_DIST adds
// other builds of the reader, comma-separated, e.g. the one before a change, to the same turns, each also timed against
// dist/).
import { launchChromium, startPreview } from './browser.mjs';

/** The selector both pages are timed on: the reader's quotes and the minimal page's paragraph buttons. */
export const FIRST_SELECTOR = 'article [role="button"]';

/**
 * Notes in the page when the first element matching a selector is shown (it is in the page and a frame has painted
 * after it), and when it is clickable: shown with React's handlers on it, as a page's first
 * view that React has yet to take over is not, and a frame painted after. Both are handed to the bench through a
 * binding: waiting for them with Playwright's own functions would run its injected script in the page, ~10 ms of the
 * main thread, in the middle of the load it times. Whether it is live is looked at once a frame,
 * in the frame's animation callbacks, so that the looking adds no tasks of its own between React's slices of work; a
 * check every 2 ms did, on the reader only, whose first view is in the page long before React has it. Either way the
 * time noted is that of the first frame painted once it is live. A string, so that tsx adds no helper to it.
 */
const recordFirst = (selector: string) => `{
  const selector = ${JSON.stringify(selector)};
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => window.__benchNoted('shown', performance.now())));
    const poll = () => {
      const element = document.querySelector(selector);
      if (element && Object.keys(element).some((key) => key.startsWith('__reactProps$')))
        setTimeout(() => window.__benchNoted('clickable', performance.now()));
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  observer.observe(document, { childList: true, subtree: true });
}`;

/** Milliseconds from navigation, one of each per load. */
export interface LoadTimes {
  shown: Array<number>;
  clickable: Array<number>;
}

/**
 * Loads each page `runs` times, a fresh browser context each time (so a cold cache, as a first visit has), the pages in
 * turn and the order of the turn reversed every other run, so that neither page always follows the other and a machine
 * whose load drifts weighs on all alike; a first round only warms the browser up.
 */
export async function loadTimes(urls: ReadonlyArray<string>, runs: number): Promise<Array<LoadTimes>> {
  const browser = await launchChromium();
  const times = urls.map((): LoadTimes => ({ shown: [], clickable: [] }));
  try {
    for (let run = 0; run <= runs; run++) {
      const order = [...urls.keys()];
      if (run % 2) order.reverse();
      for (const i of order) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const noted: { shown?: number; clickable?: number } = {};
        let timer: NodeJS.Timeout | undefined;
        let done = () => {};
        const both = new Promise<void>((resolve, reject) => {
          done = resolve;
          timer = setTimeout(() => reject(new Error(`${urls[i]}: nothing clickable in 20 s`)), 20_000);
        });
        await page.exposeFunction('__benchNoted', (name: 'shown' | 'clickable', ms: number) => {
          noted[name] = ms;
          if (noted.shown !== undefined && noted.clickable !== undefined) done();
        });
        await page.addInitScript(recordFirst(FIRST_SELECTOR));
        await page.goto(urls[i] ?? '', { waitUntil: 'commit' });
        await both.finally(() => clearTimeout(timer));
        const { clickable, shown } = noted;
        if (run > 0 && clickable !== undefined && shown !== undefined) {
          times[i]?.clickable.push(clickable);
          times[i]?.shown.push(shown);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return times;
}

/** The value below which a share `q` (0–1) of the values lie, interpolated between the two nearest. */
function quantile(values: ReadonlyArray<number>, q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const below = sorted[Math.floor(at)] ?? NaN;
  const above = sorted[Math.ceil(at)] ?? NaN;
  return below + (above - below) * (at - Math.floor(at));
}

export const median = (values: ReadonlyArray<number>) => quantile(values, 0.5);

/** Quartiles of a series of milliseconds, as `median (q1–q3) ms`. */
export const spread = (values: ReadonlyArray<number>) =>
  `${median(values).toFixed(1)} ms (quartiles ${quantile(values, 0.25).toFixed(1)}–${quantile(values, 0.75).toFixed(1)})`;

/**
 * One page's times against another's: the ratio of their medians, with the middle 90 % of that ratio over 2,000
 * resamplings of the turns (each turn's pair of loads drawn together, with replacement; a fixed seed, so a printout
 * can be made again from its numbers): how far another run of the same length may read, on a machine as busy.
 */
export function ratio(page: ReadonlyArray<number>, yardstick: ReadonlyArray<number>): string {
  let seed = 1;
  // mulberry32: a small seeded generator; Math.random cannot be seeded.
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const n = Math.min(page.length, yardstick.length);
  const resampled = Array.from({ length: 2000 }, () => {
    const picks = Array.from({ length: n }, () => Math.floor(random() * n));
    return median(picks.map((i) => page[i] ?? NaN)) / median(picks.map((i) => yardstick[i] ?? NaN));
  });
  return `${(median(page) / median(yardstick)).toFixed(2)}× (90 % of resamplings ${quantile(resampled, 0.05).toFixed(2)}–${quantile(resampled, 0.95).toFixed(2)}×)`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv[2] ?? 40);
  const port = Number(process.env.BENCH_PORT ?? 4179);
  const others = process.env.BENCH_BASE_DIST?.split(',').filter(Boolean) ?? [];
  const dists = ['dist', 'dist-minimal', ...others];
  const servers = await Promise.all(dists.map((dist, i) => startPreview(port + i, dist)));
  try {
    const times = await loadTimes(
      servers.map((s) => s.url),
      runs,
    );
    const [reader = { shown: [], clickable: [] }, minimal = { shown: [], clickable: [] }] = times;
    for (const [i, dist] of dists.entries()) {
      const t = times[i] ?? { shown: [], clickable: [] };
      console.log(`${dist}: shown ${spread(t.shown)}, ${ratio(t.shown, minimal.shown)} minimal`);
      console.log(`${dist}: clickable ${spread(t.clickable)}, ${ratio(t.clickable, minimal.clickable)} minimal`);
      if (i > 1) console.log(`${dist}: clickable ${ratio(t.clickable, reader.clickable)} dist/`);
    }
  } finally {
    for (const server of servers) server.stop();
  }
}
