import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { quoteRecords } from '../../src/core/csv';
import { analyzeArticle } from '../../src/core/engine/analyze';
import { parseCsv } from '../support/parseCsv';
import { runCli } from '../support/runCli';

const REAL = resolve('tests/fixtures/real');
const ARTICLES = ['gv-cuba-may-day-2012-05-01', 'gv-singapore-code-of-conduct-2012-05-01', 'usgov-army-bmc-combat-veterans-nie-2013-08-06'];
const SLOW = 60_000;
// tsx compiles the CLI's ~300 modules first: on a loaded machine 30 s was not always enough.
const FROM_SOURCE = 120_000;

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'who-said-what-folder-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const analyze = (...args: Array<string>) => runCli(args, SLOW);

/** A folder holding copies of these real articles (and any other files given by name and text). */
function folderOf(name: string, ids: ReadonlyArray<string>, others: Record<string, string> = {}): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  for (const id of ids) copyFileSync(join(REAL, `${id}.txt`), join(folder, `${id}.txt`));
  for (const [file, text] of Object.entries(others)) writeFileSync(join(folder, file), text);
  return folder;
}

/** What the engine finds in these articles, analysed one by one in this process: the rows the CLI should write. */
const expectedRecords = (ids: ReadonlyArray<string>) => quoteRecords(ids.map((id) => analyzeArticle(readFileSync(join(REAL, `${id}.txt`), 'utf8'))));

test(
  'a folder of three articles gives one JSON line and one CSV row per quote, in file order',
  () => {
    const folder = folderOf('three', ARTICLES, { 'notes.md': '# not an article' });
    const jsonl = join(dir, 'quotes.jsonl');
    const csv = join(dir, 'quotes.csv');
    const run = analyze(folder, '--out', jsonl, '--csv', csv);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const expected = expectedRecords(ARTICLES);
    expect(expected.length).toBeGreaterThan(10);
    expect(new Set(expected.map((r) => r.article_id)).size).toBe(3);

    const lines = readFileSync(jsonl, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(expected);

    const [header, ...rows] = parseCsv(readFileSync(csv, 'utf8'));
    expect(header).toEqual(expect.arrayContaining(['article', 'published', 'speaker', 'source_type', 'kind', 'quote']));
    expect(header).toEqual(Object.keys(expected[0] ?? {}));
    expect(rows).toHaveLength(expected.length);
    const quote = header?.indexOf('quote') ?? -1;
    const speaker = header?.indexOf('speaker') ?? -1;
    expect(rows.map((row) => row[quote])).toEqual(expected.map((r) => r.quote));
    expect(rows.map((row) => row[speaker])).toEqual(expected.map((r) => r.speaker ?? ''));

    expect(run.stderr).toContain(`Analysed 3 of 3 articles`);
    expect(run.stderr).toContain(`${expected.length} quotes`);
    expect(run.stderr).toContain(jsonl);
    expect(run.stderr).toContain(csv);
  },
  SLOW,
);

test(
  'run from its source (its worker too), without --out the JSON lines go to stdout; a file that is no article is named and skipped, and the exit code says so',
  () => {
    const [first = ''] = ARTICLES;
    const folder = folderOf('with-empty', [first], { 'empty.txt': '' });
    const run = runCli([folder, '--jobs', '1'], FROM_SOURCE, true);
    expect(run.status).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(expectedRecords([first]));
    expect(run.stderr).toContain(`Skipped ${join(folder, 'empty.txt')}`);
    expect(run.stderr).toContain('is empty');
    expect(run.stderr).toContain('Analysed 1 of 2 articles with 1 worker:');
  },
  FROM_SOURCE,
);

test(
  'a folder with no article and a bad --jobs exit with code 2 and say what is wrong',
  () => {
    const empty = folderOf('none', []);
    const none = analyze(empty);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain(`${empty} holds no article`);
    const jobs = analyze(empty, '--jobs', 'many');
    expect(jobs.status).toBe(2);
    expect(jobs.stderr).toContain('--jobs');
    expect(jobs.stderr).toContain('"many"');
  },
  SLOW,
);

test(
  'a single article with --csv writes its quotes as CSV',
  () => {
    const csv = join(dir, 'single.csv');
    const [first = ''] = ARTICLES;
    const run = analyze(join(REAL, `${first}.txt`), '--csv', csv);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    const [, ...rows] = parseCsv(readFileSync(csv, 'utf8'));
    expect(rows).toHaveLength(expectedRecords([first]).length);
  },
  SLOW,
);

/** A saved web page of the Gdansk story, with its menu, metadata, byline and an ad. */
const HARBOUR_PAGE = `<!doctype html><html><head><title>Gdansk port | Baltic Times</title>
<link rel="canonical" href="https://news.example/gdansk-port"><meta property="og:site_name" content="Baltic Times">
<meta property="article:published_time" content="2024-06-14T08:00:00Z"><script>window.track = "said";</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>Gdansk port will double its container terminal</h1>
<p class="byline">By Anna Kowalska</p>
<p>The port of Gdansk will build a second container terminal, its director Marek Nowak said on Friday.</p>
<div class="ad"><p>"Buy now," the advert said.</p></div>
<p>&ldquo;We will double our capacity by 2027,&rdquo; Nowak said.</p></article></body></html>`;

test(
  'saved web pages are read beside text files: their article text, and the URL, outlet and day the page gives',
  () => {
    const [first = ''] = ARTICLES;
    const folder = folderOf('with-html', [first], { 'harbour.html': HARBOUR_PAGE });
    const run = analyze(folder, '--jobs', '1');
    expect(run.status).toBe(0);
    const records = run.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const harbour = records.filter((r) => r.article === 'Gdansk port will double its container terminal');
    expect(harbour.map((r) => [r.speaker, r.quote])).toEqual([
      ['Marek Nowak', 'The port of Gdansk will build a second container terminal'],
      ['Marek Nowak', 'We will double our capacity by 2027,'],
    ]);
    expect(harbour[0]).toMatchObject({ url: 'https://news.example/gdansk-port', outlet: 'Baltic Times', published: '2024-06-14' });
    // Nothing of the menu, the script or the ad.
    expect(run.stdout).not.toContain('advert');
    expect(run.stderr).toContain('Analysed 2 of 2 articles');

    const single = analyze(join(folder, 'harbour.html'), '--date', '2024-06-15');
    expect(JSON.parse(single.stdout)).toMatchObject({ url: 'https://news.example/gdansk-port', publisher: 'Baltic Times', publishedOn: '2024-06-15' });
  },
  SLOW,
);
