import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../../../src/core/engine/analyze';
import { cleanArticle } from '../../../src/core/engine/clean';
import { missingHeadline, readsAsHeadline, takeHeadline } from '../../../src/core/engine/headline';

const LEDE =
  'The port of Gdansk reopened on Friday after three days of closure, as the storm that had grounded ferries across the Baltic moved east. Harbour officials said the first ships left at dawn.';
const SECOND = '"Ships are moving again," harbour master Jan Nowak said.';
const PASTED = [LEDE, '', SECOND].join('\n');

const words = (texts: ReadonlyArray<string>) => texts.join(' ').replace(/[.]/g, '').split(/\s+/).filter(Boolean);

test.each([
  "Putin calls Kazakhstan's January unrest 'act of terrorist aggression'",
  'Valencia opens its first new bridge in twenty years',
  'Is the euro in danger?',
  'China hits back at tariffs from the U.S.',
  'Storm closes Gdansk port: "We have never seen waves like this"',
])('"%s" reads as a headline', (line) => {
  expect(readsAsHeadline(line)).toBe(true);
});

test.each([
  ['a sentence ending with a full stop', 'The port of Gdansk reopened on Friday after three days of closure.'],
  ['a sentence ending inside quotes', 'Putin called the unrest "an act of terrorist aggression."'],
  [
    'a paragraph of more than 25 words with no full stop at its end',
    'Residents of the old town who had been told to leave their homes on Tuesday night began to return on Friday morning, carrying bags and children past the sandbags',
  ],
  ['a lede of two sentences', LEDE],
])('%s reads as a paragraph', (_, line) => {
  expect(readsAsHeadline(line)).toBe(false);
});

test('a text pasted without its headline takes its first sentence as the headline and keeps the rest of the paragraph', () => {
  const cleaned = cleanArticle(PASTED);
  expect(cleaned.headline).toBe(
    'The port of Gdansk reopened on Friday after three days of closure, as the storm that had grounded ferries across the Baltic moved east',
  );
  expect(cleaned.paragraphs).toEqual(['Harbour officials said the first ships left at dawn.', SECOND]);
  expect(words([cleaned.headline, ...cleaned.paragraphs]), 'every word is kept').toEqual(words([LEDE, SECOND]));
});

test('a one-sentence first paragraph becomes the headline whole, leaving no empty paragraph', () => {
  const cleaned = cleanArticle(['The port of Gdansk reopened on Friday.', '', SECOND].join('\n'));
  expect(cleaned.headline).toBe('The port of Gdansk reopened on Friday');
  expect(cleaned.paragraphs).toEqual([SECOND]);
});

test('a text with a headline line, or of one line, keeps its first line as the headline', () => {
  expect(cleanArticle(['Gdansk harbour reopens', '', LEDE].join('\n')).headline).toBe('Gdansk harbour reopens');
  expect(cleanArticle(LEDE).headline).toBe(LEDE);
});

test.each([
  [
    'the suggested first sentence',
    'The port of Gdansk reopened on Friday after three days of closure, as the storm that had grounded ferries across the Baltic moved east',
  ],
  [
    'the first sentence with its full stop and spaces of its own',
    ' The port of Gdansk reopened on Friday after three days of closure,  as the storm that had grounded ferries across the Baltic moved east. ',
  ],
])('a written headline that is %s takes that sentence out of the paragraph', (_, written) => {
  const cleaned = cleanArticle(PASTED, written);
  expect(cleaned.headline).toBe(written.replace(/\s+/g, ' ').trim());
  expect(cleaned.paragraphs).toEqual(['Harbour officials said the first ships left at dawn.', SECOND]);
});

test("a headline of the reader's own goes above the text, which is kept whole", () => {
  const cleaned = cleanArticle(PASTED, 'Gdansk harbour reopens after the storm');
  expect(cleaned.headline).toBe('Gdansk harbour reopens after the storm');
  expect(cleaned.paragraphs).toEqual([LEDE, SECOND]);
});

test('a written headline ending with a full stop is not split again', () => {
  expect(takeHeadline(LEDE, true, 'Ferries sail again. The storm has passed.')).toEqual({ headline: 'Ferries sail again. The storm has passed.', rest: LEDE });
});

test.each([
  ['a text pasted without its headline', PASTED, LEDE],
  [
    'a text whose section label and a share button come before the first paragraph',
    ['Share', 'Europe', LEDE, '', SECOND, '', 'The ferry to Karlskrona sails on Saturday.'].join('\n'),
    LEDE,
  ],
])('%s is missing its headline, and the first sentence is suggested', (_, raw, line) => {
  expect(missingHeadline(raw)).toEqual({ line, suggestion: cleanArticle(raw).headline });
});

test.each([
  ['the bundled scrape', readFileSync('articles/cgtn-putin-tokayev-2022-02-10.txt', 'utf8')],
  ['a text with a headline line', ['Gdansk harbour reopens', '', LEDE].join('\n')],
  ['a single paragraph', LEDE],
  ['blank text', ' \n\n '],
])('%s is not missing a headline', (_, raw) => {
  expect(missingHeadline(raw)).toBeNull();
});

test('the article analysed from a text without its headline shows the first sentence as its headline and quotes from the rest', () => {
  const article = analyzeArticle(PASTED, { headline: 'Gdansk harbour reopens after the storm' });
  expect(article.headline.text).toBe('Gdansk harbour reopens after the storm');
  expect(article.paragraphs.map((p) => p.text)).toEqual([LEDE, SECOND]);
  expect(article.paragraphs[1]?.quotes.map((q) => q.text)).toContain('Ships are moving again,');
});
