// Where the main thread's time goes before the first quote is clickable, the reader beside the minimal page, from
// Chromium traces. It counts the main thread's own CPU time (a trace event's thread duration), which a machine
// loaded by other work inflates far less than wall time: on the shared 2-core machine, wall times to the first quote
// moved 2x from load to load while these figures held within a few milliseconds. Run after `npm run bench`'s builds
// (dist/ and dist-minimal/): `npx tsx scripts/trace-first-load.ts [loads]`.
import { FIRST_SELECTOR } from './benchLoad';
import { launchChromium, startPreview } from './browser.mjs';

const LOADS = Number(process.argv[2] ?? 8);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  cat?: string;
}

/**
 * Marks the first element matching a selector once it is in the page (`first-in-dom`) and once it carries React's
 * props (`first-clickable`), looked at once a frame as scripts/benchLoad.ts does. A string, so that tsx adds no helper to it.
 */
const marking = (selector: string) => `{
  const selector = ${JSON.stringify(selector)};
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    performance.mark('first-in-dom');
    const poll = () => {
      const element = document.querySelector(selector);
      if (element && Object.keys(element).some((key) => key.startsWith('__reactProps$'))) performance.mark('first-clickable');
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  observer.observe(document, { childList: true, subtree: true });
}`;

/**
 * What each main-thread trace event's own time counts as; events not named here count as their parent's, and those
 * under none of these (the browser's messages, a task's own bookkeeping) are left out.
 */
const PHASES: Record<string, string> = {
  ParseHTML: 'HTML parse',
  ParseAuthorStyleSheet: 'style',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  Commit: 'paint',
  EvaluateScript: 'script',
  'v8.compile': 'script',
  'v8.compileModule': 'script',
  'v8.evaluateModule': 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  RunMicrotasks: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
};
const phaseOf = (name: string): string | undefined => PHASES[name];

/** The main thread's CPU milliseconds by phase from navigation to the first clickable element, their sum, and the wall time. */
function phases(events: ReadonlyArray<TraceEvent>): Map<string, number> {
  const clickable = events.find((e) => e.name === 'first-clickable');
  if (!clickable) throw new Error('The trace has no first-clickable mark');
  const inDom = events.find((e) => e.name === 'first-in-dom') ?? clickable;
  const onMain = (e: TraceEvent) => e.pid === clickable.pid && e.tid === clickable.tid;
  // The page's own navigation: an image's document (the SVG favicon) starts one of its own later.
  const start = events.filter((e) => e.name === 'navigationStart' && onMain(e) && e.ts <= inDom.ts).at(-1)?.ts ?? NaN;
  const timed = events
    .filter((e) => onMain(e) && e.ph === 'X' && e.tdur !== undefined && e.ts >= start && e.ts < clickable.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map<string, number>([['wall', (clickable.ts - start) / 1000]]);
  const add = (phase: string, us: number) => totals.set(phase, (totals.get(phase) ?? 0) + us / 1000);
  const stack: Array<{ end: number; phase: string }> = [];
  for (const event of timed) {
    while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= event.ts) stack.pop();
    const parent = stack.at(-1);
    const phase = phaseOf(event.name) ?? parent?.phase;
    if (!phase) continue;
    add(phase, event.tdur ?? 0);
    if (parent) add(parent.phase, -(event.tdur ?? 0));
    stack.push({ end: event.ts + (event.dur ?? 0), phase });
  }
  totals.set(
    'CPU',
    [...totals].filter(([phase]) => phase !== 'wall').reduce((sum, [, ms]) => sum + ms, 0),
  );
  return totals;
}

const median = (values: ReadonlyArray<number>) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const port = Number(process.env.BENCH_PORT ?? 4291);
const servers = await Promise.all([startPreview(port), startPreview(port + 1, 'dist-minimal')]);
const pages = [
  { name: 'reader', selector: FIRST_SELECTOR },
  { name: 'minimal', selector: FIRST_SELECTOR },
];
const results = pages.map(() => [] as Array<Map<string, number>>);
const browser = await launchChromium();
try {
  // Each page in turn, a fresh context each time; the first round only warms up.
  for (let run = 0; run <= LOADS; run++) {
    for (const [i, { selector }] of pages.entries()) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(marking(selector));
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading'],
      });
      await page.goto(servers[i]?.url ?? '');
      await page.waitForFunction(() => performance.getEntriesByName('first-clickable').length > 0, undefined, { timeout: 30_000 });
      const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: Array<TraceEvent> };
      if (run > 0) results[i]?.push(phases(trace.traceEvents));
      await context.close();
    }
  }
} finally {
  await browser.close();
  for (const server of servers) server.stop();
}
const rows = ['wall', 'CPU', 'HTML parse', 'style', 'layout', 'paint', 'script'];
console.log(`main thread to the first quote clickable, median of ${LOADS} loads, ms\n${'phase'.padEnd(12)}${pages.map((p) => p.name.padStart(10)).join('')}`);
for (const row of rows)
  console.log(
    `${row.padEnd(12)}${results
      .map((r) =>
        median(r.map((t) => t.get(row) ?? 0))
          .toFixed(1)
          .padStart(10),
      )
      .join('')}`,
  );
