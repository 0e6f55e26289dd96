import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// birthNames.ts. Wikinews obituaries (CC BY 2.5): "Actor Doris Day dies at 97" (2019, development half) and
// "Drummer Ginger Baker dies" (2019, a fresh page).
const people = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => ({ name: e.name, aliases: [...e.aliases] }));

test('the name a person was born with is an alias of theirs, not a second person', () => {
  expect(
    people('Ginger Baker, the drummer of the band Cream, died on Sunday.', 'Ginger Baker was born Peter Edward Baker in Lewisham, London, in 1939.'),
  ).toEqual([{ name: 'Ginger Baker', aliases: ['Peter Edward Baker'] }]);
});

test('a surname opening the sentence still names the person born so', () => {
  const found = people(
    'Singer and actress Doris Day died on Monday, her foundation said.',
    'Day was born Doris Mary Ann Kappelhoff in Cincinnati, Ohio in the United States in 1922.',
  );
  expect(found.map((p) => p.name)).toEqual(['Doris Day']);
  expect(found[0]?.aliases).toContain('Doris Mary Ann Kappelhoff');
});
