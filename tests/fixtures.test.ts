import { readdirSync, readFileSync } from 'node:fs';
import { formatProblem, parseArticleJson } from '../src/core/validate';

const golds = readdirSync('tests/fixtures').filter((name) => name.endsWith('.json'));

test.each(golds)('the gold %s is a valid article with its raw text beside it', (name) => {
  const result = parseArticleJson(readFileSync(`tests/fixtures/${name}`, 'utf8'));
  expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  const raw = readFileSync(`tests/fixtures/${name.replace(/\.json$/, '.txt')}`, 'utf8');
  if (!result.ok) return;
  for (const paragraph of result.article.paragraphs) expect(raw).toContain(paragraph.text);
  expect(raw).toContain(result.article.headline.text);
});
