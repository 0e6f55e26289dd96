import { quoteProblem } from '../../src/core/quoteSelection';
import { loadGold } from './gold';

test.each([
  ['an empty selection', 5, 5, 'direct', 'Select some words'],
  ['a selection of spaces and punctuation', 0, 0, 'direct', 'Select some words'],
  ['words already quoted', -1, -1, 'direct', 'already a quote'],
] as const)('a quote cannot be added over %s', (_, start, end, kind, message) => {
  const article = loadGold();
  const block = article.paragraphs[0];
  if (!block) throw new Error('no paragraph 1');
  const quote = block.quotes[0];
  const [s, e] = start === -1 && quote ? [quote.start, quote.end] : [start, end];
  expect(quoteProblem(block, s, e, kind)).toContain(message);
});

test('a direct quote, or a report inside a report, can be added inside reported speech, since quotes may nest that way', () => {
  const article = loadGold();
  const block = article.paragraphs[2];
  if (!block) throw new Error('no paragraph 3');
  const start = block.text.indexOf('firm stance');
  expect(quoteProblem(block, start, start + 'firm stance'.length, 'direct')).toBeNull();
  expect(quoteProblem(block, start, start + 'firm stance'.length, 'reported')).toBeNull();
});

test('a direct quote can be added inside a direct quote, as a speaker repeats words, but reported speech cannot', () => {
  const block = loadGold().paragraphs[0];
  const outer = block?.quotes[0];
  if (!block || outer?.kind !== 'direct') throw new Error('paragraph 1 opens with no direct quote');
  const [start, end] = [outer.start + 1, outer.end - 1];
  expect(quoteProblem(block, start, end, 'direct')).toBeNull();
  expect(quoteProblem(block, start, end, 'reported')).toContain('already a quote');
  expect(quoteProblem(block, outer.start, outer.end, 'direct')).toContain('already a quote');
});
