import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Article } from '../../src/core/schema';
import { parseArticleJson } from '../../src/core/validate';
import { runCli } from '../support/runCli';

const ARTICLE = resolve('articles/cgtn-putin-tokayev-2022-02-10.txt');
const SLOW = 30_000;
// tsx compiles the CLI's ~300 modules first: on a loaded machine 30 s was not always enough.
const FROM_SOURCE = 120_000;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'who-said-what-cli-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const analyze = (...args: Array<string>) => runCli(args, SLOW);

function validArticle(json: string): Article {
  const result = parseArticleJson(json);
  if (!result.ok) throw new Error(`the CLI wrote an invalid article: ${JSON.stringify(result.problems)}`);
  return result.article;
}

const quoteCount = (article: Article) => [article.headline, ...article.paragraphs].reduce((n, b) => n + b.quotes.length, 0);

function tempFile(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

test(
  'run from its source as npm run analyze does, the CLI makes the bundled CGTN article a valid article with its 11 quotes on stdout',
  () => {
    const run = runCli([ARTICLE], FROM_SOURCE, true);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const article = validArticle(run.stdout);
    expect(quoteCount(article)).toBe(11);
    expect(article.headline.text).toBe("Putin calls Kazakhstan's January unrest 'act of terrorist aggression'");
    expect(article.publisher).toBe('CGTN');
    expect(article.publishedOn).toBe('2022-02-10');
    expect(article.paragraphs).toHaveLength(8);
    expect(article.figures.map((f) => f.kind)).toEqual(['photo', 'cover']);
    expect(article.sourceCredit?.text).toBe('With input from Xinhua');
    const putin = article.entities.find((e) => e.name === 'Vladimir Putin');
    expect(putin?.role).toBe('President of Russia');
    expect(article.paragraphs[4]?.quotes[0]?.speakerId).toBe(putin?.id);
  },
  FROM_SOURCE,
);

test(
  '--out writes the article to the file and reports what it found on stderr',
  () => {
    const out = join(dir, 'cgtn.json');
    const run = analyze(ARTICLE, '--out', out);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const article = validArticle(readFileSync(out, 'utf8'));
    expect(quoteCount(article)).toBe(11);
    expect(run.stderr).toContain(`Wrote ${out}`);
    expect(run.stderr).toContain(`${article.paragraphs.length} paragraphs`);
    expect(run.stderr).toContain('11 quotes');
    expect(run.stderr).toContain(`${article.entities.length} entities`);
    expect(run.stderr).toContain(`${article.events.length} events`);
  },
  SLOW,
);

test(
  '--date is the publication date that "on Thursday" is read from',
  () => {
    const run = analyze(ARTICLE, '--date', '2022-02-17');
    expect(run.status).toBe(0);
    const article = validArticle(run.stdout);
    expect(article.publishedOn).toBe('2022-02-17');
    const thursday = article.events.find((e) => e.evidence?.text === 'on Thursday');
    expect(thursday?.date).toBe('2022-02-17');
  },
  SLOW,
);

test.each([
  ['a missing file', () => join(dir, 'no-such-article.txt'), /no such file/],
  ['an empty file', () => tempFile('empty.txt', ''), /is empty/],
  [
    'a binary file',
    () => tempFile('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])),
    /binary/,
  ],
  [
    'a Latin-1 file',
    () => tempFile('latin1.txt', new Uint8Array([...new TextEncoder().encode('Le caf'), 0xe9, ...new TextEncoder().encode(' est ferm'), 0xe9, 0x0a])),
    /not UTF-8/,
  ],
])(
  '%s exits with code 2 and says what is wrong with it',
  (_, makePath, problem) => {
    const path = makePath();
    const run = analyze(path);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(problem);
    expect(run.stderr).toContain(path);
    expect(run.stderr).not.toMatch(/\bat .+\.ts:\d+/);
  },
  SLOW,
);

test(
  'a date not written YYYY-MM-DD exits with code 2 and names the bad date',
  () => {
    const run = analyze(ARTICLE, '--date', '10/02/2022');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--date');
    expect(run.stderr).toContain('YYYY-MM-DD');
    expect(run.stderr).toContain('10/02/2022');
  },
  SLOW,
);
