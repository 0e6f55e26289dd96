import { namesCivicBody, sharedOffice } from '../../../../src/core/engine/sources/civicTitle';
import { typeOfPhrase } from '../../../../src/core/engine/sources/phraseType';
import { analyze } from '../attribution/helpers';

// sources/civicTitle.ts: the head of a civic body speaks for it, though its office is one a state's body names too or a
// country names where it works. Sentences from the dev half of tests/fixtures/real.

test('a teachers’ association’s secretary general speaks for it (voa-zimbabwe-second-teachers-group-joins-strike-2008-02-28)', () => {
  const article = analyze(
    'Second teachers group joins strike in Zimbabwe',
    "Zimbabwe Teachers Association Secretary General Richard Gundani told reporter Jonga Kandemiiri of VOA's Studio 7 for Zimbabwe that teachers will only return to work if they are paid enough to get to work and meet their living expenses.",
  );
  const gundani = article.entities.find((e) => e.name === 'Richard Gundani');
  expect(gundani?.sourceType).toBe('spokesperson');
});

test.each([
  ['Zimbabwe Teachers Association Secretary General', 'spokesperson'],
  // wikinews-obama-commutes-chelsea-manning-sentence-2017-01-18: a country names the branch, not a government.
  ['executive director of the U.S. branch of Amnesty International', 'spokesperson'],
  ['former executive director of Amnesty International', null],
  // A state's or an intergovernmental body's secretary general stays an official.
  ['UN Secretary General', 'official'],
  ['NATO Secretary General', 'official'],
  ['Secretary General of the Andean Community', 'official'],
])('"%s" gives %s', (phrase, expected) => {
  expect(typeOfPhrase(phrase)).toBe(expected);
});

test('the civic body is named outside the role’s own words, and the shared offices are the secretaries general', () => {
  const words = ['Teachers', 'Association', 'Secretary', 'General'];
  expect(namesCivicBody(words, 2, 4)).toBe(true);
  expect(namesCivicBody(['UN', 'Secretary', 'General'], 1, 3)).toBe(false);
  expect(sharedOffice(['secretary', 'general'], 0, 2)).toBe(true);
  expect(sharedOffice(['minister'], 0, 1)).toBe(false);
});
