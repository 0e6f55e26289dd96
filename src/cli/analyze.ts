import { writeFileSync } from 'node:fs';
import { analyzeArticle } from '../core/engine/analyze';
import { InputError, readTextFile } from './readText';

const USAGE = 'usage: npm run analyze -- path/to/article.txt [--date YYYY-MM-DD] [--out file.json]';

function parseArgs(argv: ReadonlyArray<string>): { path: string; date: string | null; out: string | null } {
  let path: string | null = null;
  let date: string | null = null;
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--date' || arg === '--out') {
      const value = argv[++i];
      if (!value) throw new InputError(`${arg} needs a value.\n${USAGE}`);
      if (arg === '--date') {
        if (!/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value)) throw new InputError(`--date should be a day written YYYY-MM-DD, not "${value}".`);
        date = value;
      } else out = value;
    } else if (arg.startsWith('--')) {
      throw new InputError(`Unknown option ${arg}.\n${USAGE}`);
    } else if (path === null) {
      path = arg;
    } else {
      throw new InputError(`Only one article at a time: "${arg}" is one too many.\n${USAGE}`);
    }
  }
  if (path === null) throw new InputError(`Which article? Give the path of a text file.\n${USAGE}`);
  return { path, date, out };
}

try {
  const { path, date, out } = parseArgs(process.argv.slice(2));
  const article = analyzeArticle(readTextFile(path), { publishedOn: date });
  const json = `${JSON.stringify(article, null, 2)}\n`;
  if (out) {
    writeFileSync(out, json);
    const quotes = [article.headline, ...article.paragraphs].reduce((n, b) => n + b.quotes.length, 0);
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
