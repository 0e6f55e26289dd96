import { analyzeArticle } from '../../src/core/engine/analyze';
import { checkExpectation, foldQuoteText, textMatch, type Expectation } from '../../src/core/expectation';
import { reliability, sumReports } from '../../src/core/reliability';

const raw = 'Port plan approved\n\n"We will build it," said Mayor Ana Ruiz.\n\nThe council said that the vote was close.';
const article = analyzeArticle(raw, { publishedOn: '2024-05-10' });

test('quote texts match whatever their marks, case and final punctuation', () => {
  expect(foldQuoteText('“We will build it,”')).toBe('we will build it');
  expect(textMatch('We will build it,', 'we will build it.')).toBe(1);
  expect(textMatch('We will build it', 'build')).toBe(0);
  expect(textMatch('We will build it', 'will build it')).toBeGreaterThan(0.5);
});

test('a quote given to the speaker the gold names passes; one given to someone else is named as a problem', () => {
  const right: Expectation = { date: '2024-05-10', quotes: [{ text: 'We will build it,', speaker: 'Ana Ruiz', kind: 'direct' }], strictQuotes: false };
  expect(checkExpectation(article, right).problems).toEqual([]);
  const wrong: Expectation = { ...right, quotes: [{ text: 'We will build it,', speaker: 'Somebody Else', kind: 'direct' }] };
  expect(checkExpectation(article, wrong).problems).toEqual(['"We will build it," was given to Ana Ruiz, expected "Somebody Else"']);
});

test('a quote the gold does not hold is a false quote, and a missing person is named', () => {
  const expectation: Expectation = {
    date: '2024-05-10',
    quotes: [{ text: 'We will build it,', speaker: 'Ana Ruiz', kind: 'direct' }],
    people: ['Ana Ruiz', 'Tom Hart'],
  };
  const report = checkExpectation(article, expectation);
  expect(report.falseQuotes.map((q) => q.text)).toEqual(['the vote was close']);
  expect(report.people.missing).toEqual(['Tom Hart']);
});

test('the reliability table counts each attributed quote in the band of its stated confidence', () => {
  const expectation: Expectation = { date: '2024-05-10', quotes: [{ text: 'We will build it,', speaker: 'Ana Ruiz', kind: 'direct' }], strictQuotes: false };
  const report = checkExpectation(article, expectation);
  const bands = reliability([report]);
  expect(bands.reduce((n, b) => n + b.of, 0)).toBe(1);
  expect(bands.reduce((n, b) => n + b.right, 0)).toBe(1);
  expect(sumReports([report]).directSpeaker).toEqual({ right: 1, of: 1 });
});
