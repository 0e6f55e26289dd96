import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { analyzeArticle } from '../core/engine/analyze';
import { checkExpectation, expectationSchema, type ExpectationReport } from '../core/expectation';
import type { SourceOutcome } from '../core/goldSources';
import { reliability, sumReports, sumSources, type Tally } from '../core/reliability';

/** One article of the real corpus or one attribution case: its raw text and what a careful reader finds. */
interface Scored {
  id: string;
  report: ExpectationReport;
}

const REAL = 'tests/fixtures/real';

/** The real corpus's halves, fixed once in `split.json`. */
export function realSplit(): { dev: Array<string>; test: Array<string> } {
  const file = `${REAL}/split.json`;
  if (!existsSync(file)) return { dev: [], test: [] };
  const split = JSON.parse(readFileSync(file, 'utf8')) as { dev?: Array<string>; test?: Array<string> };
  return { dev: split.dev ?? [], test: split.test ?? [] };
}

/** Runs the engine on each article of a folder and checks it against its expectation. */
export function scoreFolder(dir: string, ids: ReadonlyArray<string>): Array<Scored> {
  return ids.map((id) => {
    const expectation = expectationSchema.parse(JSON.parse(readFileSync(`${dir}/${id}.expect.json`, 'utf8')));
    const article = analyzeArticle(readFileSync(`${dir}/${id}.txt`, 'utf8'), { publishedOn: expectation.date });
    return { id, report: checkExpectation(article, expectation) };
  });
}

/**
 * The value of one `name: value` line of a real article's `.source.txt` (`url`, `outlet`, `published`, `licence`,
 * `retrieved-from`, `kind`), trimmed; an empty string when the file has no such line.
 */
export const sourceField = (source: string, name: string): string => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(source)?.[1]?.trim() ?? '';

/** Every id in a folder that has an expectation. */
export const idsIn = (dir: string): Array<string> =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.expect.json'))
    .map((f) => f.replace(/\.expect\.json$/, ''))
    .sort();

const pct = (t: Tally) => (t.of === 0 ? '   n/a' : `${((100 * t.right) / t.of).toFixed(1)}%`.padStart(6));
const count = (t: Tally) => `${t.right}/${t.of}`.padStart(7);
const f1 = (p: { expected: number; found: number; hits: number }) => {
  const precision = p.found === 0 ? 1 : Math.min(1, p.hits / p.found);
  const recall = p.expected === 0 ? 1 : p.hits / p.expected;
  return `${precision.toFixed(2)} ${recall.toFixed(2)} ${(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)).toFixed(2)}`;
};

const HEADER = [
  'article'.padEnd(48),
  'direct found   ',
  'direct spk     ',
  'reported found ',
  'reported right ',
  'people P R F1 ',
  'unattr',
  'wrong ',
  'false ',
].join(' | ');

function row(name: string, reports: ReadonlyArray<ExpectationReport>): string {
  const s = sumReports(reports);
  const both = (t: Tally) => `${pct(t)} ${count(t)}`;
  return [
    name.padEnd(48).slice(0, 48),
    both(s.directFound),
    both(s.directSpeaker),
    both(s.reportedFound),
    both(s.reportedRight),
    f1(s.people),
    pct(s.unattributed),
    pct(s.wrongSpeaker),
    pct(s.falseQuotes),
  ].join(' | ');
}

/** Prints one table: a row per article and the overall row. */
export function printTable(title: string, scored: ReadonlyArray<Scored>, perArticle = true): void {
  console.log(`\n## ${title}\n`);
  console.log(HEADER);
  console.log('-'.repeat(HEADER.length));
  if (perArticle) for (const { id, report } of scored) console.log(row(id, [report]));
  if (perArticle) console.log('-'.repeat(HEADER.length));
  console.log(
    row(
      `overall (${scored.length} articles)`,
      scored.map((s) => s.report),
    ),
  );
}

/**
 * Prints who the sources are, against the gold's `sources`: the source type and gender found right, and the
 * genders stated where the text states none (which must stay 0); n/a where the gold annotates no sources.
 */
export function printSources(title: string, perArticle: ReadonlyArray<ReadonlyArray<SourceOutcome> | null>): void {
  const s = sumSources(perArticle);
  const annotated = perArticle.filter((sources) => sources !== null).length;
  console.log(`\n## ${title}\n`);
  console.log(`articles with gold sources: ${annotated} of ${perArticle.length}`);
  console.log(`source type right (of gold sources found speaking): ${pct(s.sourceType)} ${count(s.sourceType)}`);
  console.log(`gender right (of those whose gold gender is stated): ${pct(s.gender)} ${count(s.gender)}`);
  console.log(
    `gender stated where the text does not support it:   ${s.genderUnsupported.of === 0 ? '   n/a' : String(s.genderUnsupported.right).padStart(6)} ${count(s.genderUnsupported)}`,
  );
}

/** Prints the reliability table: each confidence band, what it states and how often it is right. */
export function printReliability(title: string, scored: ReadonlyArray<Scored>): void {
  console.log(`\n## ${title}\n`);
  console.log('confidence band | stated | quotes | right | accuracy | gap');
  console.log('-'.repeat(58));
  for (const band of reliability(scored.map((s) => s.report))) {
    const accuracy = band.of === 0 ? 0 : band.right / band.of;
    const gap = band.of === 0 ? '   n/a' : `${((accuracy - band.stated) * 100).toFixed(1)}`.padStart(6);
    console.log(
      [
        `${band.from.toFixed(2)}–${Math.min(1, band.to).toFixed(2)}`.padEnd(15),
        band.of === 0 ? '   n/a' : band.stated.toFixed(2).padStart(6),
        String(band.of).padStart(6),
        String(band.right).padStart(5),
        pct(band),
        gap,
      ].join(' | '),
    );
  }
}

/** Prints each failed check of each article: what to look at when tuning on the development half. */
export function printProblems(scored: ReadonlyArray<Scored>): void {
  for (const { id, report } of scored) {
    if (report.problems.length === 0) continue;
    console.log(`\n### ${id}`);
    for (const problem of report.problems) console.log(`  - ${problem}`);
  }
}
