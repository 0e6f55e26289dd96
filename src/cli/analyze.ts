import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { quotesInOrder } from '../core/article';
import { analyzeArticle } from '../core/engine/analyze';
import { InputError, readTextFile } from './readText';

const USAGE = 'usage: npm run analyze -- path/to/article.txt [--date YYYY-MM-DD] [--out file.json]';

/** The article path and options from the command line; throws InputError naming what is wrong. */
function readArgs(argv: Array<string>): { path: string; date: string | null; out: string | null } {
  let parsed: ReturnType<typeof parseArgs<{ options: { date: { type: 'string' }; out: { type: 'string' } }; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: { date: { type: 'string' }, out: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    throw new InputError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [path, extra] = positionals;
  if (extra !== undefined) throw new InputError(`Only one article at a time: "${extra}" is one too many.\n${USAGE}`);
  if (path === undefined) throw new InputError(`Which article? Give the path of a text file.\n${USAGE}`);
  const date = values.date ?? null;
  if (date !== null && !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(date))
    throw new InputError(`--date should be a day written YYYY-MM-DD, not "${date}".`);
  return { path, date, out: values.out ?? null };
}

try {
  const { path, date, out } = readArgs(process.argv.slice(2));
  const article = analyzeArticle(readTextFile(path), { publishedOn: date });
  const json = `${JSON.stringify(article, null, 2)}\n`;
  if (out) {
    writeFileSync(out, json);
    const quotes = quotesInOrder(article).length;
    console.error(
      `Wrote ${out}: ${article.paragraphs.length} paragraphs, ${quotes} quotes, ${article.entities.length} entities, ${article.events.length} events.`,
    );
  } else {
    process.stdout.write(json);
  }
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
