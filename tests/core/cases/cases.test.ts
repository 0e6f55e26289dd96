import { readdirSync, readFileSync } from 'node:fs';
import { analyzeArticle } from '../../../src/core/engine/analyze';
import { checkExpectation, expectationSchema } from '../../../src/core/expectation';

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

test.each(cases)('case $id reads as a careful reader would: $shape', (c) => {
  expect(problemsOf(c)).toEqual([]);
});
