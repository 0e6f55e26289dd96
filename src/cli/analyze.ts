import { statSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { quotesInOrder } from '../core/article';
import { quotesCsv } from '../core/csv';
import { analyzeFolder } from './analyzeFolder';
import { analyzeFile } from './readArticle';
import { InputError } from './readText';

const USAGE = [
  'usage: npm run analyze -- path/to/article.txt|.html [--date YYYY-MM-DD] [--out article.json] [--csv quotes.csv]',
  '       npm run analyze -- path/to/folder/ [--date YYYY-MM-DD] [--out quotes.jsonl] [--csv quotes.csv] [--jobs N]',
].join('\n');

const OPTIONS = { date: { type: 'string' }, out: { type: 'string' }, csv: { type: 'string' }, jobs: { type: 'string' } } as const;

interface Args {
  path: string;
  date: string | null;
  out: string | null;
  csv: string | null;
  jobs: number | null;
}

/** The article path (or folder) and options from the command line; throws InputError naming what is wrong. */
function readArgs(argv: Array<string>): Args {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (error) {
    throw new InputError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [path, extra] = positionals;
  if (extra !== undefined) throw new InputError(`One article or one folder at a time: "${extra}" is one too many.\n${USAGE}`);
  if (path === undefined) throw new InputError(`Which article? Give the path of a text or HTML file, or of a folder of them.\n${USAGE}`);
  const date = values.date ?? null;
  if (date !== null && !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(date))
    throw new InputError(`--date should be a day written YYYY-MM-DD, not "${date}".`);
  const jobs = values.jobs === undefined ? null : Number(values.jobs);
  if (jobs !== null && !(Number.isInteger(jobs) && jobs > 0)) throw new InputError(`--jobs should be a number of workers, 1 or more, not "${values.jobs}".`);
  return { path, date, out: values.out ?? null, csv: values.csv ?? null, jobs };
}

function analyzeOne({ path, date, out, csv }: Args): void {
  const article = analyzeFile(path, date);
  const json = `${JSON.stringify(article, null, 2)}\n`;
  if (csv) writeFileSync(csv, quotesCsv([article]));
  if (out) {
    writeFileSync(out, json);
    const quotes = quotesInOrder(article).length;
    console.error(
      `Wrote ${out}: ${article.paragraphs.length} paragraphs, ${quotes} quotes, ${article.entities.length} entities, ${article.events.length} events.`,
    );
  } else if (!csv) {
    process.stdout.write(json);
  }
}

const isFolder = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;

try {
  const args = readArgs(process.argv.slice(2));
  if (isFolder(args.path)) process.exitCode = await analyzeFolder({ dir: args.path, date: args.date, out: args.out, csv: args.csv, jobs: args.jobs });
  else analyzeOne(args);
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
