import { typeOfPhrase } from '../../../../src/core/engine/sources/phraseType';

// portfolioSecretary.ts: a secretary named by a government portfolio holds a minister's office, however the text
// cases the word. Phrases from the development half (English Wikinews, CC BY 2.5).

test.each([
  // wikinews-labour-grabs-poll-lead-uk-general-election-2015-04-10, wikinews-bush-rehearsed-teleconference-us-troops-
  // iraq-2005-10-14, wikinews-swine-flu-cases-worldwide-top-1000-2009-05-04: all three were of type unknown.
  ['Defense secretary', 'official'],
  ['the deputy assistant defense secretary', 'official'],
  ['US Homeland Security secretary', 'official'],
  // Near misses: a secretary of no portfolio may be anyone's.
  ['personal secretary', null],
  ['recording secretary', null],
])('"%s" gives %s', (phrase, type) => {
  expect(typeOfPhrase(phrase)).toBe(type);
});
