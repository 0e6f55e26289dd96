import { namesPublicOffice } from '../../../../src/core/engine/sources/publicOffice';
import { typeOfPhrase } from '../../../../src/core/engine/sources/phraseType';

// sources/publicOffice.ts: an office named in lower case by its kind is a government's when a tier of government or a
// public service qualifies it. Phrases from the development half of tests/fixtures/real.

const words = (phrase: string) => phrase.toLowerCase().split(/\s+/);

test.each([
  // wikinews-typhoon-phanfone-strikes-philippines-2019-12-28.
  'head of a regional civil defense office',
  // wikinews-northern-arapaho-welcome-buffalo-herd-wyoming-2019-10-19.
  'the northern arapaho tribal historic preservation office',
])('"%s" names a government office', (phrase) => {
  expect(namesPublicOffice(words(phrase))).toBe(true);
});

test.each(['head of the regional office', 'director of a local office', 'the office of a law firm'])('"%s" names none', (phrase) => {
  expect(namesPublicOffice(words(phrase))).toBe(false);
});

test('the head of a regional civil defense office is an official (wikinews-typhoon-phanfone-strikes-philippines-2019-12-28)', () => {
  expect(typeOfPhrase('head of a regional civil defense office')).toBe('official');
});
