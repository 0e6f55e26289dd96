import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseArticle, parseArticleJson } from '../../../src/core/validate';
import { numberedNews } from '../../support/hostileShapes';
import { problemsOf } from '../../support/hostileText';

const HOSTILE_ATOMS = [
  '"',
  '“',
  '”',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '„',
  '"'.repeat(50),
  '“'.repeat(50),
  '”'.repeat(50),
  'مرحبا بالعالم',
  'שלום',
  '\u202e',
  '\u202d',
  '\u200f', // right-to-left text and direction marks
  'e\u0301\u0301\u0301',
  'Z\u0351\u0352\u0357\u035b', // combining marks
  '\u200b',
  '\u200c',
  '\u200d',
  '\ufeff', // zero-width characters
  '\ud800',
  '\udfff',
  '\ud83d', // lone surrogates
  '\u0000',
  '\u0007', // NUL and control bytes
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '</p><p>',
  '&amp;',
  '${alert(1)}',
  'Putin said',
  'he said',
  'according to',
  'the Kremlin said',
  'President Vladimir Putin',
  'U.N.',
  'Feb. 3',
  ',',
  '.',
  '\n',
  '\n\n',
  ' ',
];

/** Text built from the things that break parsers: marks, scripts, invisible and broken characters. */
const hostileText = fc.array(fc.constantFrom(...HOSTILE_ATOMS), { maxLength: 200 }).map((atoms) => atoms.join(''));

test('hostile text never makes the engine throw, and every span it returns matches its text', () => {
  fc.assert(
    fc.property(hostileText, (raw) => {
      expect(problemsOf(raw)).toEqual([]);
    }),
    { numRuns: 300 },
  );
});

test.each([
  ['no punctuation at all', 'word Putin said the minister '.repeat(4000)],
  ['50-deep nested quotes', `He said ${'"'.repeat(50)}deep${'"'.repeat(50)} and left.\n\n`.repeat(300)],
  ['unbalanced quotes', `"He said “it is ‘over and «out.\n\n`.repeat(500)],
  ['right-to-left text and combining marks', 'قال الرئيس "إن المحادثات كانت مثمرة" e\u0301\u0301 Z\u0351\u0352. '.repeat(500)],
  ['zero-width characters everywhere', 'P\u200bu\u200ct\u200di\ufeffn said "yes\u200b."\n\n'.repeat(500)],
  ['lone surrogates and NUL bytes', '\ud800Putin\u0000 said "\udfffno\u0000."\n\n'.repeat(500)],
  ['markup and script text', '<p>Putin said "<script>alert(1)</script>"</p><img src=x onerror=alert(1)>\n\n'.repeat(500)],
])('the engine reads %s without throwing and returns a valid article', (_, raw) => {
  expect(problemsOf(raw)).toEqual([]);
});

// The largest text the reader opens is 5 MB (features/open/readArticleFile.ts): `npm run bench` times it (about 25 s of a
// loaded machine's CPU). Here a fifth of it, far past any length a rule might count in a narrower type.
test('the engine reads 1 MB of news without throwing, and every span matches', { timeout: 120_000 }, () => {
  const raw = numberedNews(1024 * 1024);
  expect(raw.length).toBeGreaterThanOrEqual(1024 * 1024);
  expect(problemsOf(raw)).toEqual([]);
});

test('the validator never throws on arbitrary JSON, and names a problem for anything that is not an article', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const result = parseArticle(value);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
    }),
    { numRuns: 500 },
  );
});

test('the validator never throws on arbitrary text given as a file', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
      expect(() => parseArticleJson(text)).not.toThrow();
    }),
    { numRuns: 300 },
  );
});

test('the validator never throws on the gold with any field replaced by anything', () => {
  const gold = JSON.parse(readFileSync('public/articles/cgtn-putin-tokayev-2022-02-10.json', 'utf8')) as Record<string, unknown>;
  const keys = Object.keys(gold);
  fc.assert(
    fc.property(fc.constantFrom(...keys), fc.anything(), (key, value) => {
      const broken = { ...gold, [key]: value };
      expect(() => parseArticle(broken)).not.toThrow();
    }),
    { numRuns: 300 },
  );
});
