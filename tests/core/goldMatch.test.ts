import { foldName, foldQuoteText, overlaps, textMatch } from '../../src/core/goldMatch';

test('quote texts match whatever their marks, case and final punctuation', () => {
  expect(foldQuoteText('“We will build it,”')).toBe('we will build it');
  expect(textMatch('We will build it,', 'we will build it.')).toBe(1);
  expect(textMatch('We will build it', 'build')).toBe(0);
  expect(textMatch('We will build it', 'will build it')).toBeGreaterThan(0.5);
});

test('names match whatever their accents, case, a leading "the" and full stops', () => {
  expect(foldName('The U.S. Army')).toBe('us army');
  expect(foldName('Simon Ličen')).toBe('simon licen');
  expect(foldName('Kassym-Jomart  Tokayev')).toBe('kassym-jomart tokayev');
});

test('two quotes overlap when one holds the other or they share five words in a row', () => {
  expect(overlaps('the vote was close', 'The council said the vote was close.')).toBe(true);
  expect(overlaps('we will build the new port this year, she said', 'they said we will build the new port next year')).toBe(true);
  expect(overlaps('we will build it', 'they will not pay for it')).toBe(false);
});
