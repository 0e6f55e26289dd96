import fc from 'fast-check';
import { analyzeArticle } from '../../../src/core/engine/analyze';
import { formatProblem, parseArticle } from '../../../src/core/validate';

const WORDS = [
  'Putin',
  'said',
  'he',
  'She',
  'the',
  'Kremlin',
  '"',
  '“',
  '”',
  "'",
  '’',
  ',',
  '.',
  'according to',
  'added',
  'that',
  'Mr.',
  'U.N.',
  'Feb.',
  'President',
  'Tokayev',
  '(CSTO)',
  '\n\n',
  '\n',
  'on Thursday',
  'in January',
  '/Reuters',
  'Download',
  '(With input from Xinhua)',
  'ministry',
  'told reporters',
  ':',
  '—',
];

/** Text shaped like news: the words the engine looks for, in any order, with stray marks. */
const newsish = fc.array(fc.constantFrom(...WORDS), { maxLength: 120 }).map((words) => words.join(' '));

function problemsOf(raw: string): Array<string> {
  const result = parseArticle(analyzeArticle(raw, { publishedOn: '2022-02-10' }));
  return result.ok ? [] : result.problems.map(formatProblem);
}

test('the engine never throws on arbitrary text, and every span it returns matches the text at its offsets', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 400 }), (raw) => {
      expect(problemsOf(raw)).toEqual([]);
    }),
    { numRuns: 300 },
  );
});

test('the engine never throws on news-shaped text full of quote marks, names and cues, and its output is always a valid article', () => {
  fc.assert(
    fc.property(newsish, (raw) => {
      expect(problemsOf(raw)).toEqual([]);
    }),
    { numRuns: 300 },
  );
});

test('a headline of names the passes cut down to nothing gives no entity without a name (fast-check counterexample)', () => {
  expect(problemsOf('Putin Kremlin Putin Putin')).toEqual([]);
});

test('the engine reads unicode of every kind without throwing: right-to-left text, combining marks, lone surrogates, NUL bytes', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (raw) => {
      expect(problemsOf(raw)).toEqual([]);
    }),
    { numRuns: 200 },
  );
});
