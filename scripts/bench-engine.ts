// Measures the analysis engine in Node: time to analyse the bundled article and a 10,000-word article
// (median of 20 runs after warm-up), and the gzipped bytes of the engine as a chunk of its own. The headline times are
// of that chunk as built (what the reader's worker runs), in plain Node; the source through tsx is timed beside it,
// slower by what tsx's transform adds (it names every function it creates), and used for the growth rows.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { analyzeArticle } from '../src/core/engine/analyze';
import { WARM_UP_ARTICLE } from '../src/features/open/warmUpArticle';
import { HOSTILE_SHAPES, numberedNews, textOfShape } from '../tests/support/hostileShapes';
import { longArticle } from './longArticle';

const RUNS = 20;
const FRESH_PROCESSES = 5;
/** A real article of the corpus, for the first analysis of a text a reader pastes. */
const PASTED = 'wikinews-zimbabwe-cabinet-meets-without-mdc-ministers-2009-10-20';

function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function time(raw: string): { median: number; min: number; max: number } {
  for (let i = 0; i < 3; i++) analyzeArticle(raw, { publishedOn: '2022-02-10' });
  const times: Array<number> = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    analyzeArticle(raw, { publishedOn: '2022-02-10' });
    times.push(performance.now() - start);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

/** The engine built as a chunk of its own, minified as the reader's is, in a new temporary directory. */
async function buildEngine(): Promise<{ outDir: string; chunk: string; bytes: number }> {
  const outDir = mkdtempSync(join(tmpdir(), 'engine-chunk-'));
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true, minify: true, lib: { entry: 'src/core/engine/analyze.ts', formats: ['es'], fileName: 'engine' } },
  });
  const bytes = readdirSync(outDir)
    .filter((name) => name.endsWith('.js'))
    .reduce((sum, name) => sum + gzipSync(readFileSync(join(outDir, name)), { level: 9 }).length, 0);
  return { outDir, chunk: join(outDir, 'engine.js'), bytes };
}

/** Times the built chunk on each text in plain Node (scripts/time-engine.mjs in a child process). */
function timeBuilt(chunk: string, texts: ReadonlyArray<string>, dir: string, runs = RUNS): Array<{ first: number; median: number; min: number; max: number }> {
  const files = texts.map((text, i) => {
    const file = join(dir, `text-${i}.txt`);
    writeFileSync(file, text);
    return file;
  });
  const out = execFileSync(process.execPath, ['scripts/time-engine.mjs', chunk, String(runs), ...files], { encoding: 'utf8' });
  return out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { first: number; median: number; min: number; max: number });
}

const bundled = readFileSync('articles/cgtn-putin-tokayev-2022-02-10.txt', 'utf8');
const long = longArticle({ paragraphs: 112, speakers: 30 });
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const rows: Array<[string, string]> = [];
const inputs = [
  [`bundled article (${words(bundled)} words)`, bundled],
  [`generated article (${words(long)} words)`, long],
] as const;
const engine = await buildEngine();
const cell = (t: { median: number; min: number; max: number }) => `${t.median.toFixed(1)} ms (min ${t.min.toFixed(1)}, max ${t.max.toFixed(1)})`;
try {
  const built = timeBuilt(
    engine.chunk,
    inputs.map(([, raw]) => raw),
    engine.outDir,
  );
  inputs.forEach(([label], i) => {
    const t = built[i];
    if (t) rows.push([`analysis, ${label}, the built chunk in Node, median of ${RUNS}`, cell(t)]);
  });
  // A new worker's first analysis compiles the engine's code and regular expressions: timed in fresh processes, as
  // the worker starts (cold) and after the warm-up article the worker reads as it starts, on a real article as pasted.
  const pasted = readFileSync(`tests/fixtures/real/${PASTED}.txt`, 'utf8');
  const firsts = (texts: ReadonlyArray<string>) =>
    median(Array.from({ length: FRESH_PROCESSES }, () => timeBuilt(engine.chunk, texts, engine.outDir, 1).at(-1)?.first ?? NaN));
  rows.push([
    `first analysis in a fresh process (a new worker's), ${PASTED} (${words(pasted)} words), median of ${FRESH_PROCESSES}`,
    `${firsts([pasted]).toFixed(0)} ms`,
  ]);
  rows.push([`the same after the worker's warm-up article (${words(WARM_UP_ARTICLE)} words) is read`, `${firsts([WARM_UP_ARTICLE, pasted]).toFixed(0)} ms`]);
} finally {
  rmSync(engine.outDir, { recursive: true, force: true });
}
for (const [label, raw] of inputs) rows.push([`analysis, ${label}, the source through tsx, median of ${RUNS}`, cell(time(raw))]);
// Growth with size: the same kinds of input at three sizes; linear growth keeps ms per KB flat.
// Real news joined into one paste, as a user may drop several articles at once: many more names and sentence openings
// than the generated paragraphs hold, which is where per-name passes over the whole text once grew with its square.
const realParagraphs = readdirSync('tests/fixtures/real')
  .filter((name) => name.endsWith('.txt') && !name.endsWith('.source.txt'))
  .sort()
  .flatMap((name) =>
    readFileSync(join('tests/fixtures/real', name), 'utf8')
      .split(/\n\s*\n/)
      .slice(1),
  );
const realNews = (n: number) => `Real news joined\n\n${realParagraphs.slice(0, n * 3).join('\n\n')}`;
const SCALING: Array<[string, (n: number) => string]> = [
  ['news paragraphs', (n) => longArticle({ paragraphs: n, speakers: 40 })],
  ['real articles joined into one', realNews],
  ['one paragraph without punctuation', (n) => 'word Putin said the minister '.repeat(n * 20)],
  [
    '50-deep nested, unbalanced quotes',
    (n) => Array.from({ length: n * 3 }, (_, i) => `He said ${'"'.repeat(50)}deep ${i}${'"'.repeat(49)} and “left.\n\n`).join(''),
  ],
];
for (const [label, make] of SCALING) {
  const cells = [100, 200, 400].map((n) => {
    const raw = make(n);
    const t = time(raw);
    return `${(raw.length / 1024).toFixed(0)} KB: ${t.median.toFixed(0)} ms (${(t.median / (raw.length / 1024)).toFixed(2)} ms/KB)`;
  });
  rows.push([`growth, ${label}`, cells.join('; ')]);
}
// Each shape a rule was written for (tests/support/hostileShapes.ts) at 50 and 200 KB: linear growth takes four times as
// long, a rule that reads its block again for each copy sixteen. A shape past 4^1.5 (eight times) is timed again before
// it is named, so one slow run does not name it.
const once = (raw: string) => {
  const start = performance.now();
  analyzeArticle(raw, { publishedOn: '2022-02-10' });
  return performance.now() - start;
};
const exponentOf = (shape: (typeof HOSTILE_SHAPES)[number][1]) => Math.log(once(textOfShape(shape, 200_000)) / once(textOfShape(shape, 50_000))) / Math.log(4);
const exponents = HOSTILE_SHAPES.map(([name, shape]) => {
  const first = exponentOf(shape);
  return { name, exponent: first > 1.5 ? Math.min(first, exponentOf(shape)) : first };
});
const sortedExponents = exponents.map((e) => e.exponent).sort((a, b) => a - b);
rows.push([
  `growth, ${HOSTILE_SHAPES.length} hostile shapes from 50 to 200 KB, exponent (1 linear, 2 square)`,
  `median ${median(sortedExponents).toFixed(2)}, max ${(sortedExponents.at(-1) ?? 0).toFixed(2)}`,
]);
const superlinear = exponents.filter((e) => e.exponent > 1.5);
rows.push([
  'hostile shapes growing faster than size^1.5',
  superlinear.length ? superlinear.map((e) => `${e.name} (${e.exponent.toFixed(2)})`).join('; ') : 'none',
]);
const largest = numberedNews(5 * 1024 * 1024);
rows.push([
  `the largest text the reader opens, ${(largest.length / 1024 / 1024).toFixed(1)} MB of numbered news, once`,
  `${(once(largest) / 1000).toFixed(1)} s`,
]);
const bytes = engine.bytes;
rows.push(['engine chunk (analyze + chrono-node + zod/mini + entities + first names), gzipped', `${bytes} B (${(bytes / 1024).toFixed(1)} KiB)`]);
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`\n${'engine measure'.padEnd(width)} | value\n${'-'.repeat(width)}-|-${'-'.repeat(30)}`);
for (const [label, value] of rows) console.log(`${label.padEnd(width)} | ${value}`);
