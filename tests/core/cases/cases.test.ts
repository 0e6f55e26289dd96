import { readdirSync, readFileSync } from 'node:fs';
import { analyzeArticle } from '../../../src/core/engine/analyze';
import { checkExpectation, expectationSchema } from '../../../src/core/expectation';
import { STILL_FAILING } from './stillFailing';

const dir = 'tests/cases';
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.expect.json'))
  .sort()
  .map((f) => {
    const id = f.replace('.expect.json', '');
    const json: unknown = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
    const shape = typeof json === 'object' && json !== null && 'shape' in json ? String(json.shape) : '';
    return { id, shape, raw: readFileSync(`${dir}/${id}.txt`, 'utf8'), expectation: expectationSchema.parse(json) };
  });

const problemsOf = ({ raw, expectation }: (typeof cases)[number]) =>
  checkExpectation(analyzeArticle(raw, { publishedOn: expectation.date }), expectation).problems;

describe.each(cases)('case $id: $shape', (c) => {
  if (STILL_FAILING.has(c.id)) test.fails('(still failing; see stillFailing.ts for why)', () => expect(problemsOf(c)).toEqual([]));
  else test('reads as a careful reader would', () => expect(problemsOf(c)).toEqual([]));
});
