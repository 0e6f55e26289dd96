import { parentPort } from 'node:worker_threads';
import type { Article } from '../core/schema';
import { analyzeFile } from './readArticle';
import { InputError } from './readText';

/** A file to analyse, as the folder mode sends it. */
export interface Job {
  index: number;
  path: string;
  date: string | null;
}

/** What became of a file: its article, or why it could not be read (a file the user should look at). */
export type Done = { index: number; article: Article } | { index: number; problem: string };

/** One of the folder mode's workers: reads and analyses each file it is sent, one at a time. */
parentPort?.on('message', ({ index, path, date }: Job) => {
  let done: Done;
  try {
    done = { index, article: analyzeFile(path, date) };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    done = { index, problem: error.message };
  }
  parentPort?.postMessage(done);
});
