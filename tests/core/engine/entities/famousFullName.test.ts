import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { afterThe } from '../../../../src/core/engine/entities/famousFullName';

// famousFullName.ts: a figure of history named once in passing, by a full name holding a word the news calls a person
// by alone. Wikinews (CC BY 2.5), development half.

const peopleIn = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

test.each([
  // wikinews-no-casualties-missile-strike-iraqi-air-base-2019-11-10
  [
    'The current government of Iraq was established in 2003 after a U.S.-led coalition ousted Saddam Hussein. Iraq has some of the largest oil reserves of any country in the world.',
    'Saddam Hussein',
  ],
  // wikinews-biden-announces-kamala-harris-running-mate-2020-08-12
  [
    "In 1984, Geraldine Ferraro was Walter Mondale's running mate on the Democratic Party ticket, making Ferraro the Democratic Party's first female candidate for Vice President and Harris the party's second.",
    'Walter Mondale',
  ],
])('a name holding a word the news calls a person by alone is that person, named once in passing: %s', (text, name) => {
  expect(peopleIn(text)).toContain(name);
});

// wikinews-nba-suspends-season-covid-19-2020-03-13
test('a name is read as after "the" in "The Jazz\'s game", not in "another NBA game"', () => {
  const text = "The Jazz's game was cancelled, as was another NBA game Wednesday between the Sacramento Kings and the New Orleans Pelicans.";
  expect(afterThe(text, text.indexOf('Jazz'))).toBe(true);
  expect(afterThe(text, text.indexOf('NBA'))).toBe(false);
});
