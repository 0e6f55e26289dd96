/**
 * Prints the real corpus as a markdown table (half, id, outlet, kind, licence, quotes) from each article's
 * `.source.txt` and gold, for `tests/fixtures/real/README.md`: `npx tsx scripts/corpus-table.ts`.
 */
import { readFileSync } from 'node:fs';
import { realSplit, sourceField as field } from '../src/cli/corpus';
import { expectationSchema } from '../src/core/expectation';

const dir = 'tests/fixtures/real';
const split = realSplit();
console.log('| half | article | outlet | kind | licence | direct / reported quotes |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [half, ids] of [
  ['test', split.test],
  ['development', split.dev],
] as const)
  for (const id of ids) {
    const source = readFileSync(`${dir}/${id}.source.txt`, 'utf8');
    const gold = expectationSchema.parse(JSON.parse(readFileSync(`${dir}/${id}.expect.json`, 'utf8')));
    const count = (kind: string) => gold.quotes.filter((q) => q.kind === kind).length;
    const licence = field(source, 'licence').replace(/\s*\(.*$/, '');
    console.log(
      `| ${half} | [${id}](${field(source, 'url')}) | ${field(source, 'outlet')} | ${field(source, 'kind')} | ${licence} | ${count('direct')} / ${count('reported')} |`,
    );
  }
