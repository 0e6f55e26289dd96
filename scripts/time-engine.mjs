// Times the engine as it ships: the built chunk, imported by plain Node (no TypeScript loader between). Run by
// bench-engine.ts in a child process. Arguments: the chunk's path, the number of runs, then text files; prints one JSON
// line a file: the first of its three warm-up runs (for the first file, the process's first analysis, as a new worker's
// is), then the median, minimum and maximum of the runs after them, in ms.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [chunk, runs, ...files] = process.argv.slice(2);
const { analyzeArticle } = await import(pathToFileURL(chunk).href);
for (const file of files) {
  const raw = readFileSync(file, 'utf8');
  const started = performance.now();
  analyzeArticle(raw, { publishedOn: '2022-02-10' });
  const first = performance.now() - started;
  for (let i = 0; i < 2; i++) analyzeArticle(raw, { publishedOn: '2022-02-10' });
  const times = [];
  for (let i = 0; i < Number(runs); i++) {
    const start = performance.now();
    analyzeArticle(raw, { publishedOn: '2022-02-10' });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  console.log(JSON.stringify({ file, first, median, min: times[0], max: times.at(-1) }));
}
