import { blocksAsStored, blocksInOrder, findBlock, findQuote, quotesInOrder } from '../../src/core/article';
import type { Figure } from '../../src/core/schema';
import { article, block, loadGold, quote } from './gold';

const gold = loadGold();

function figure(n: number, afterParagraph: number, withCredit = false): Figure {
  return {
    id: `f${n}`,
    kind: 'photo',
    afterParagraph,
    caption: block(`f${n}-caption`, `Caption ${n}`),
    credit: withCredit ? block(`f${n}-credit`, 'Reuters') : null,
  };
}

test('the gold reads headline, byline, paragraphs with the photo after paragraph 4, the cover after the last, then the source credit', () => {
  expect(blocksInOrder(gold).map(({ block: b, label, paragraphIndex }) => [b.id, label, paragraphIndex])).toEqual([
    ['headline', 'headline', null],
    ['byline', 'byline', null],
    ['p1', 'paragraph 1', 0],
    ['p2', 'paragraph 2', 1],
    ['p3', 'paragraph 3', 2],
    ['p4', 'paragraph 4', 3],
    ['figure-1-caption', 'figure 1 caption', null],
    ['figure-1-credit', 'figure 1 credit', null],
    ['p5', 'paragraph 5', 4],
    ['p6', 'paragraph 6', 5],
    ['p7', 'paragraph 7', 6],
    ['p8', 'paragraph 8', 7],
    ['figure-2-caption', 'figure 2 caption', null],
    ['figure-2-credit', 'figure 2 credit', null],
    ['source-credit', 'source credit', null],
  ]);
});

test('a figure placed before the first paragraph comes right after the headline and byline', () => {
  const a = article([block('p1', 'First.'), block('p2', 'Second.')], [], { byline: block('byline', 'CGTN'), figures: [figure(1, -1, true)] });
  expect(blocksInOrder(a).map(({ label }) => label)).toEqual(['headline', 'byline', 'figure 1 caption', 'figure 1 credit', 'paragraph 1', 'paragraph 2']);
});

test.each<[string, Parameters<typeof article>[2]]>([
  ['the gold', undefined],
  [
    'a byline, a figure with its credit before the first paragraph, and a source credit',
    { byline: block('byline', 'CGTN'), figures: [figure(1, -1, true)], sourceCredit: block('source', 'With input from Xinhua') },
  ],
  ['a figure after a paragraph that does not exist', { figures: [figure(1, 5)] }],
])('the blocks as stored are the blocks in reading order, each once: %s', (name, parts) => {
  const a = name === 'the gold' ? gold : article([block('p1', 'First.'), block('p2', 'Second.')], [], parts);
  const ids = (blocks: ReadonlyArray<{ id: string }>) => blocks.map(({ id }) => id).sort();
  expect(ids(blocksAsStored(a))).toEqual(ids(blocksInOrder(a).map(({ block: b }) => b)));
});

test('a figure placed after a paragraph that does not exist goes at the end, before the source credit', () => {
  const a = article([block('p1', 'First.')], [], { figures: [figure(1, 5)], sourceCredit: block('source', 'With input from Xinhua') });
  expect(blocksInOrder(a).map(({ label }) => label)).toEqual(['headline', 'paragraph 1', 'figure 1 caption', 'source credit']);
});

test('figures after the same paragraph keep their order, and each is numbered by its place in the list', () => {
  const a = article([block('p1', 'First.'), block('p2', 'Second.')], [], { figures: [figure(1, 1), figure(2, 0), figure(3, 0)] });
  expect(blocksInOrder(a).map(({ label }) => label)).toEqual([
    'headline',
    'paragraph 1',
    'figure 2 caption',
    'figure 3 caption',
    'paragraph 2',
    'figure 1 caption',
  ]);
});

test('every quote of the gold comes in reading order, the nested direct quote right after the reported quote around it', () => {
  expect(quotesInOrder(gold).map(({ quote: q, block: b }) => `${q.id}@${b.id}`)).toEqual([
    'q1@headline',
    'q2@p1',
    'q3@p3',
    'q4@p4',
    'q5@p5',
    'q6@p6',
    'q7@p7',
    'q8@p7',
    'q9@p7',
    'q10@p8',
    'q11@p8',
  ]);
});

test('quotes listed out of order in a block are read by where they start, the outer one first', () => {
  const text = 'She said the plan was "bold" and came "late."';
  const outer = quote(text, 'the plan was "bold"', 'outer', null, { kind: 'reported' });
  const inner = quote(text, 'bold', 'inner', null);
  const last = quote(text, 'late.', 'last', null);
  const a = article([block('p1', text, [], [last, inner, outer])], []);
  expect(quotesInOrder(a).map(({ quote: q }) => q.id)).toEqual(['outer', 'inner', 'last']);
});

test('a report inside a report is read after the report around it, whichever is listed first', () => {
  const text = 'Znak.com reported its source said a fourth offender escaped, and police denied it.';
  const outer = quote(text, 'its source said a fourth offender escaped', 'outer', null, { kind: 'reported' });
  const inner = quote(text, 'a fourth offender escaped', 'inner', null, { kind: 'reported' });
  const a = article([block('p1', text, [], [inner, outer])], []);
  expect(quotesInOrder(a).map(({ quote: q }) => q.id)).toEqual(['outer', 'inner']);
});

test('reading the quotes in order does not reorder the article’s own lists', () => {
  const copy = loadGold();
  copy.paragraphs[6]?.quotes.reverse();
  const before = copy.paragraphs[6]?.quotes.map((q) => q.id);
  quotesInOrder(copy);
  expect(copy.paragraphs[6]?.quotes.map((q) => q.id)).toEqual(before);
});

test.each<[string, string]>([
  ['headline', 'headline'],
  ['p8', 'paragraph 8'],
  ['figure-1-credit', 'figure 1 credit'],
  ['source-credit', 'source credit'],
])('the block %s is found and called %s', (id, label) => {
  expect(findBlock(gold, id)).toMatchObject({ block: { id }, label });
});

test('a block id the article does not have is not found', () => {
  expect(findBlock(gold, 'p9')).toBeUndefined();
});

test('a quote is found with the block that holds it', () => {
  const found = findQuote(gold, 'q8');
  expect(found?.quote.text).toBe('unprecedented terrorist attack');
  expect(found?.block.id).toBe('p7');
});

test('a quote id the article does not have is not found', () => {
  expect(findQuote(gold, 'q12')).toBeUndefined();
});
