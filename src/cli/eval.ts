import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { quotesInOrder, speakerOf } from '../core/article';
import { analyzeArticle } from '../core/engine/analyze';
import { f1, precision, recall, scoreArticle, sumScores, type Counts, type Scores } from '../core/evaluate';
import { scoreGoldSources } from '../core/goldSources';
import { formatProblem, parseArticleJson } from '../core/validate';
import type { Article } from '../core/schema';
import { idsIn, printProblems, printReliability, printSources, printTable, realSplit, scoreFolder } from './corpus';

/** Lists what the engine found and the gold did not have, and the other way round, for one article. */
function printDetails(name: string, found: Article, gold: Article): void {
  const list = (article: Article) =>
    new Map(
      quotesInOrder(article).map(
        ({ quote: q }) => [`${q.kind[0]} ${speakerOf(article, q)?.name ?? 'unattributed'}: ${q.text.slice(0, 90)}`, q.cue?.text ?? ''] as const,
      ),
    );
  const mine = list(found);
  const theirs = list(gold);
  console.log(`\n## ${name}`);
  for (const [line, cue] of mine) if (!theirs.has(line)) console.log(`  + ${line}  <${cue}>`);
  for (const [line, cue] of theirs) if (!mine.has(line)) console.log(`  - ${line}  <${cue}>`);
  const names = (article: Article) => article.entities.map((e) => `${e.type}:${e.name}`);
  console.log(
    `  entities + ${names(found)
      .filter((n) => !names(gold).includes(n))
      .join(', ')}`,
  );
  console.log(
    `  entities - ${names(gold)
      .filter((n) => !names(found).includes(n))
      .join(', ')}`,
  );
  const events = (article: Article) => article.events.map((e) => `${e.date}@${e.blockId}`);
  console.log(
    `  events + ${events(found)
      .filter((n) => !events(gold).includes(n))
      .join(', ')} / - ${events(gold)
      .filter((n) => !events(found).includes(n))
      .join(', ')}`,
  );
}

/** Every hand-made gold with its raw text: the bundled article and the fixtures. */
function goldSet(): Array<{ name: string; raw: string; gold: Article }> {
  const pairs = [
    ...readdirSync('public/articles')
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ json: `public/articles/${f}`, raw: `articles/${f.replace(/\.json$/, '.txt')}` })),
    ...readdirSync('tests/fixtures')
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ json: `tests/fixtures/${f}`, raw: `tests/fixtures/${f.replace(/\.json$/, '.txt')}` })),
  ];
  return pairs.flatMap(({ json, raw }) => {
    if (!existsSync(raw)) {
      console.error(`${json}: its raw text ${raw} is missing, so it is left out.`);
      process.exitCode = 1;
      return [];
    }
    const result = parseArticleJson(readFileSync(json, 'utf8'));
    if (!result.ok) {
      console.error(`${json} is not a valid gold, so it is left out: ${result.problems.map(formatProblem).join('; ')}`);
      process.exitCode = 1;
      return [];
    }
    return [{ name: result.article.id, raw: readFileSync(raw, 'utf8'), gold: result.article }];
  });
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(6);
const prf = (c: Counts) => `${precision(c).toFixed(2)} ${recall(c).toFixed(2)} ${f1(c).toFixed(2)}`;
const ratio = (a: number, b: number) => (b === 0 ? '   n/a' : pct(a / b));

function row(name: string, s: Scores): string {
  return [
    name.padEnd(44).slice(0, 44),
    prf(s.direct),
    prf(s.reported),
    prf(s.people),
    prf(s.places),
    prf(s.organizations),
    ratio(s.directSpeaker.right, s.directSpeaker.of),
    ratio(s.anySpeaker.right, s.anySpeaker.of),
    ratio(s.unattributed.count, s.unattributed.of),
    ratio(s.dates.right, s.dates.of),
  ].join(' | ');
}

const header = [
  'article'.padEnd(44),
  'direct P R F1  ',
  'reported P R F1',
  'people P R F1  ',
  'places P R F1  ',
  'orgs P R F1    ',
  'spk(d)',
  'spk(*)',
  'unattr',
  ' dates',
].join(' | ');

const { values } = parseArgs({ options: { details: { type: 'boolean', default: false }, only: { type: 'string' } } });
const { details, only } = values;
if (only !== undefined && !['test', 'dev', 'cases', 'invented'].includes(only)) throw new Error(`--only takes test, dev, cases or invented, not "${only}".`);

// The real test half first: it is the only figure that says how the engine does on news it was not tuned on.
const split = realSplit();
if (!only || only === 'test') {
  const test = scoreFolder('tests/fixtures/real', split.test);
  // Only the half's totals: rows per article would invite tuning on the half that must stay unseen.
  printTable('Real articles, test half (measured only, never tuned on)', test, false);
  printReliability('Reliability of the stated confidence, real test half', test);
  printSources(
    'Sources, real test half',
    test.map((x) => x.report.sources),
  );
}
if (!only || only === 'dev') {
  const dev = scoreFolder('tests/fixtures/real', split.dev);
  printTable('Real articles, development half (tuned on)', dev);
  printReliability('Reliability of the stated confidence, real development half', dev);
  printSources(
    'Sources, real development half',
    dev.map((x) => x.report.sources),
  );
  if (details) printProblems(dev);
}
if (!only || only === 'cases') {
  const cases = scoreFolder('tests/cases', idsIn('tests/cases'));
  printTable('Attribution cases (tests/cases)', cases, false);
  console.log(`\n${cases.filter((c) => c.report.problems.length === 0).length} of ${cases.length} cases pass.`);
  if (details) printProblems(cases);
}
if (!only || only === 'invented') {
  const scores = goldSet().map(({ name, raw, gold }) => {
    const found = analyzeArticle(raw, { publishedOn: gold.publishedOn, id: gold.id });
    if (details) printDetails(name, found, gold);
    return { name, scores: scoreArticle(found, gold), sources: scoreGoldSources(found, gold) };
  });
  console.log('\n## Invented fixtures and the bundled article (full gold with offsets)\n');
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const { name, scores: s } of scores) console.log(row(name, s));
  console.log('-'.repeat(header.length));
  console.log(row(`overall (${scores.length} articles)`, sumScores(scores.map((s) => s.scores))));
  console.log(
    '\nspk(d): speaker right, of the direct quotes found; spk(*): of all quotes found; unattr: found quotes left unattributed; dates: gold events dated right.',
  );
  printSources(
    'Sources, invented fixtures and the bundled article',
    scores.map((s) => s.sources),
  );
}
console.log(
  '\nReal and cases: found = gold quotes found; spk/right = with a speaker the gold accepts; unattr = found gold quotes left without a speaker; wrong = found gold quotes given a speaker the gold does not accept; false = found quotes the gold does not hold.',
);
