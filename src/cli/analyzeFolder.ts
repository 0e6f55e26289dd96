import { readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { quoteRecords, quotesCsv } from '../core/csv';
import type { Article } from '../core/schema';
import type { Done, Job } from './articleWorker';
import { progressLine } from './progressLine';
import { ARTICLE_FILE } from './readArticle';
import { InputError } from './readText';

/** The article files of a folder (not its subfolders), in name order so that every run lists them alike. */
function articleFiles(dir: string): Array<string> {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && ARTICLE_FILE.test(entry.name))
    .map((entry) => join(dir, entry.name))
    .sort();
}

const WORKER = new URL(`./articleWorker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);

/**
 * A worker thread running articleWorker. Run from source by tsx, a worker does not inherit tsx's loader
 * (Node 20 starts the worker's module before the loader of `--import` is ready), so it registers tsx itself
 * before importing the TypeScript file.
 */
function startWorker(): Worker {
  if (!WORKER.pathname.endsWith('.ts')) return new Worker(WORKER);
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER.href)}); });`, {
    eval: true,
  });
}

/**
 * Analyses files on every core: one worker per core (fewer for fewer files), each sent the next file as it
 * finishes one. Resolves with what became of each file, in the files' order.
 */
function analyzeAll(paths: ReadonlyArray<string>, date: string | null, workers: number, onDone: (count: number) => void): Promise<Array<Done>> {
  return new Promise((resolve, reject) => {
    const results: Array<Done> = [];
    let next = 0;
    let finished = 0;
    const pool = Array.from({ length: Math.max(1, Math.min(workers, paths.length)) }, startWorker);
    const stop = () => Promise.all(pool.map((worker) => worker.terminate()));
    const send = (worker: Worker) => {
      const path = paths[next];
      if (path === undefined) return;
      worker.postMessage({ index: next, path, date } satisfies Job);
      next += 1;
    };
    for (const worker of pool) {
      worker.on('message', (done: Done) => {
        results[done.index] = done;
        finished += 1;
        onDone(finished);
        if (finished === paths.length) void stop().then(() => resolve(results));
        else send(worker);
      });
      worker.on('error', (error) => void stop().then(() => reject(error)));
      send(worker);
    }
  });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface FolderOptions {
  dir: string;
  date: string | null;
  /** Where to write one JSON line per quote; null writes them to stdout unless `csv` is given. */
  out: string | null;
  csv: string | null;
  jobs: number | null;
}

/**
 * Folder mode: every article of the folder analysed, its quotes written as JSON lines (the CSV's columns as
 * fields) and/or as a CSV file. Files that cannot be read are named on stderr and skipped; the exit code is
 * then 1, so a script notices.
 */
export async function analyzeFolder({ dir, date, out, csv, jobs }: FolderOptions): Promise<number> {
  let paths: Array<string>;
  try {
    paths = articleFiles(dir);
  } catch (error) {
    throw new InputError(`${dir} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  if (paths.length === 0) throw new InputError(`${dir} holds no article: put .txt or .html files in it.`);
  const workers = jobs ?? availableParallelism();
  const progress = progressLine(paths.length);
  const results = await analyzeAll(paths, date, workers, progress.tick);
  progress.end();

  const articles: Array<Article> = [];
  results.forEach((done, i) => {
    if ('article' in done) articles.push(done.article);
    else console.error(`Skipped ${paths[i] ?? ''}: ${done.problem}`);
  });
  const records = quoteRecords(articles);
  const lines = records.map((record) => `${JSON.stringify(record)}\n`).join('');
  if (out) writeFileSync(out, lines);
  if (csv) writeFileSync(csv, quotesCsv(articles));
  if (!out && !csv) process.stdout.write(lines);
  const written = [out, csv].filter((file): file is string => file !== null);
  console.error(
    `Analysed ${articles.length} of ${paths.length} articles with ${plural(Math.min(workers, paths.length), 'worker')}: ${records.length} quotes` +
      (written.length > 0 ? `, written to ${written.join(' and ')}.` : '.'),
  );
  return articles.length === paths.length ? 0 : 1;
}
