/**
 * Out-of-sample attribution records (prequential evaluation, Dawid 1984): each development article is analysed by the
 * engine as it stood just before the article was added to the corpus, an engine that had never been tuned on it, and
 * each speaker it gave is checked against today's gold. Writes `tests/fixtures/real/prequential.json`, which
 * `npm run calibrate` reads to keep a resolution's stated confidence within what such untouched text showed.
 *
 * Needs the git history (run in a full clone): `npx tsx scripts/prequential.ts`. Old engines' answers are cached in
 * `node_modules/.cache/prequential/`, so a second run only scores. The test half is never read.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { realSplit } from '../src/cli/corpus';
import { checkExpectation, expectationSchema } from '../src/core/expectation';
import { articleSchema, type Article } from '../src/core/schema';

const REAL = 'tests/fixtures/real';
const CACHE = resolve('node_modules/.cache/prequential');
const WORKTREE = resolve('node_modules/.cache/prequential-worktree');

const git = (...args: Array<string>) => execFileSync('git', args, { encoding: 'utf8' }).trim();

/**
 * The commit that first added each gold under `REAL`, read from one `git log` over the folder (one per gold took a
 * second each on the 964 of December 2026): the log lists newest first, so a gold's last entry is its first addition.
 * Renames count as additions, as a log of the one file reads them (a gold renamed for its date starts there).
 */
function goldsAdded(): Map<string, string> {
  const added = new Map<string, string>();
  let commit = '';
  for (const line of git('log', '--no-renames', '--diff-filter=A', '--format=%H', '--name-only', '--', REAL).split('\n')) {
    if (/^[0-9a-f]{40}$/.test(line)) commit = line;
    else if (line.endsWith('.expect.json')) added.set(line.slice(`${REAL}/`.length, -'.expect.json'.length), commit);
  }
  return added;
}

const added = goldsAdded();
const parents = new Map<string, string>();

/** The commit before the one that added an article's gold: the last engine that never saw the article. */
function engineBefore(id: string): string {
  const commit = added.get(id);
  if (!commit) throw new Error(`${id}: git has no commit that adds its gold; run this in a full clone.`);
  const parent = parents.get(commit) ?? git('rev-parse', `${commit}^`);
  parents.set(commit, parent);
  return parent;
}

/** What the old engine in the worktree runs: each article analysed, with the calibration key of each quote. */
const DUMP = `import { readFileSync, writeFileSync } from 'node:fs';
import { analyzeArticle } from './src/core/engine/analyze';
const [cache, ...ids] = process.argv.slice(2);
for (const id of ids) {
  const raw = readFileSync(\`${resolve(REAL)}/\${id}.txt\`, 'utf8');
  const date = JSON.parse(readFileSync(\`${resolve(REAL)}/\${id}.expect.json\`, 'utf8')).date;
  const keys: Record<string, string> = {};
  const article = analyzeArticle(raw, { publishedOn: date, onAttribution: (q: string, k: string) => { keys[q] = k; } });
  writeFileSync(\`\${cache}/\${id}.json\`, JSON.stringify({ article, keys }));
}
`;

/** Runs the engine of `commit` on the articles not yet in its cache. */
function analyseWith(commit: string, ids: ReadonlyArray<string>): void {
  const dir = `${CACHE}/${commit}`;
  const todo = ids.filter((id) => !existsSync(`${dir}/${id}.json`));
  if (todo.length === 0) return;
  mkdirSync(dir, { recursive: true });
  if (!existsSync(WORKTREE)) {
    git('worktree', 'add', '--detach', WORKTREE, commit);
    symlinkSync(resolve('node_modules'), `${WORKTREE}/node_modules`);
  }
  execFileSync('git', ['-C', WORKTREE, 'checkout', '-q', '--detach', '-f', commit]);
  writeFileSync(`${WORKTREE}/prequential-dump.ts`, DUMP);
  try {
    execFileSync('npx', ['tsx', 'prequential-dump.ts', dir, ...todo], { cwd: WORKTREE, stdio: ['ignore', 'ignore', 'inherit'] });
  } finally {
    rmSync(`${WORKTREE}/prequential-dump.ts`, { force: true });
  }
}

const byEngine = new Map<string, Array<string>>();
for (const id of realSplit().dev) {
  const commit = engineBefore(id);
  byEngine.set(commit, [...(byEngine.get(commit) ?? []), id]);
}
let done = 0;
for (const [commit, ids] of byEngine) {
  analyseWith(commit, ids);
  done += ids.length;
  process.stderr.write(`\r${done} of ${realSplit().dev.length} articles analysed by the engine before them`);
}
process.stderr.write('\n');
if (existsSync(WORKTREE)) git('worktree', 'remove', '--force', WORKTREE);

const records: Array<{ id: string; engine: string; key: string; right: boolean }> = [];
for (const [commit, ids] of byEngine)
  for (const id of ids) {
    const { article, keys } = JSON.parse(readFileSync(`${CACHE}/${commit}/${id}.json`, 'utf8')) as { article: unknown; keys: Record<string, string> };
    const expectation = expectationSchema.parse(JSON.parse(readFileSync(`${REAL}/${id}.expect.json`, 'utf8')));
    // An old engine's article may lack fields added since; only what checking a speaker needs must parse.
    const parsed = articleSchema.safeParse(article);
    const checked = parsed.success ? parsed.data : (article as Article);
    for (const { found, speakerRight } of checkExpectation(checked, expectation).outcomes)
      if (found?.speaker) records.push({ id, engine: commit.slice(0, 12), key: keys[found.id] ?? 'none/unattributed', right: speakerRight });
  }
writeFileSync(`${REAL}/prequential.json`, `${JSON.stringify({ records }, null, 1)}\n`);
const right = records.filter((r) => r.right).length;
console.log(`${records.length} attributions out of sample, ${right} right (${((100 * right) / records.length).toFixed(1)} %)`);
