import { expect, test } from 'vitest';
import { namesRelative } from '../../../../src/core/engine/entities/kinNames';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

const peopleIn = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

test.each([
  // "Radio host Don Imus dies" (English Wikinews, development half).
  [
    'Imus is survived by his second wife Dierdre Coleman, their two sons Wyatt and Zachary, and four daughters, Nadine, Ashley, Elizabeth, and Toni, from his previous marriage.',
    ['Wyatt', 'Zachary', 'Nadine', 'Ashley', 'Elizabeth', 'Toni'],
  ],
  // wikinews-aretha-franklin-queen-of-soul-dies-2018: an obituary's list after "survived by" and a bare plural.
  ['Aretha Franklin is survived by sons Clarence, Edward, Ted, and Kecalf.', ['Clarence', 'Edward', 'Ted', 'Kecalf']],
  // wikinews-sarah-brady-dies-aged-73-2015-04-04: a bare noun after "by", and another after "and".
  ['She is survived by son James and stepdaughter Melissa.', ['James', 'Melissa']],
  // usgov-nasa-honors-three-chroniclers-space-story: the marriage's length between the noun and the name.
  ['Dan retired in 2021, settling in the Blue Ridge Mountains of Georgia with his wife of 41 years, Rebecca.', ['Rebecca']],
])('every one-word name of a list opened by a noun of kinship is a relative: %s', (text, names) => {
  expect(peopleIn(text)).toEqual(expect.arrayContaining(names));
});

test.each([
  ['their two sons Wyatt and ', true],
  ['four daughters, Nadine, Ashley, Elizabeth, and ', true],
  ['his wife ', true],
  // Wikinews 2020 ("Trump tests positive"): "his wife Melania, and son Barron".
  ['President Trump himself, his wife Melania, and son ', true],
  // A kinship noun after "by" or "and" that modifies a thing, or a length that is not a marriage's.
  ['the ship was escorted by sister ship Columbia and ', false],
  ['the mother of two children and ', false],
  // wikinews-trump-tests-positive-covid-19: an age written with digits between the possessive and the noun.
  ["Officials said the Trumps' 14-year-old son ", true],
  // A sentence's first word is capitalised: "Her father, Reginald".
  ['Her father, ', true],
  // gv-nigeria-rashidi-yekini-obituary: the relative's name after the kin noun, "of" and the person's name.
  ['A former wife of Rashidi Yekini, ', true],
  ['the capital of South Sudan, ', false],
  // Names listed with no noun of kinship opening the list, or a kinship noun that modifies a thing ("sister ship").
  ['visited Paris, Rome and ', false],
  ['its sister ship Columbia and ', false],
  // "children" is left out: measured on the real articles, the children it named drew a quote to the wrong speaker.
  ['his children Elizabeth and ', false],
])('whether the text before a name makes it a relative\'s: "%s"', (before, expected) => {
  expect(namesRelative(before, before.length)).toBe(expected);
});

test('"A former wife of Rashidi Yekini, Adeola says": the one-word name set off after a relative of a named person is a person (gv-nigeria-rashidi-yekini-obituary)', () => {
  expect(
    peopleIn(
      "Rashidi Yekini, Nigeria's highest goal scorer, died on Friday.",
      'A former wife of Rashidi Yekini, Adeola says the Late Super Eagles star would have lived longer if the media had not reported him dead earlier.',
    ),
  ).toContain('Adeola');
});
