import { filterChoices, speakerChoices } from '../../src/core/choices';
import { quoteCounts } from '../../src/core/stats';
import { article, loadGold, person } from './gold';

const gold = loadGold();
const putin = person('putin', 'Vladimir Putin');
const tokayev = person('tokayev', 'Kassym-Jomart Tokayev');
const lavrov = person('lavrov', 'Sergei Lavrov');
const three = article([], [putin, tokayev, lavrov]);

test('the gold can be filtered to its two speakers, Putin (6 quotes) before Tokayev (5)', () => {
  expect(filterChoices(gold, quoteCounts(gold)).map((e) => e.id)).toEqual(['vladimir-putin', 'kassym-jomart-tokayev']);
});

test.each([
  [
    'the most quoted come first',
    [
      ['tokayev', 1],
      ['lavrov', 4],
      ['putin', 2],
    ],
    ['lavrov', 'putin', 'tokayev'],
  ],
  [
    'people quoted as often keep the order of the article',
    [
      ['lavrov', 3],
      ['tokayev', 3],
      ['putin', 3],
    ],
    ['putin', 'tokayev', 'lavrov'],
  ],
  ['someone with no quote is no choice', [['tokayev', 2]], ['tokayev']],
  ['with no quotes there is nobody to choose', [], []],
] as const)('filter choices: %s', (_, counts, expected) => {
  expect(filterChoices(three, new Map(counts)).map((e) => e.id)).toEqual(expected);
});

test("a quote can be given to the gold's people and organisations, never to a place", () => {
  const choices = speakerChoices(gold);
  expect(choices.map((e) => e.id)).toEqual(['vladimir-putin', 'kassym-jomart-tokayev', 'csto', 'united-nations', 'cgtn', 'reuters', 'xinhua']);
  expect(choices.some((e) => e.type === 'place')).toBe(false);
});
