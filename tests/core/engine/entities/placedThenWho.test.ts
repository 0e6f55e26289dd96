import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { placedThenWho } from '../../../../src/core/engine/entities/placedThenWho';

// placedThenWho.ts: a name, where it is from, then "who". Sentences quoted exactly from the development half.

const typeOf = (name: string, ...texts: Array<string>) => findEntities(['A headline about the news', ...texts], 0).entities.find((e) => e.name === name)?.type;

describe('a name followed by where it comes from and "who"', () => {
  // wikinews-warholm-wins-400m-hurdles-gold-doha-2019-10-01.
  test('a runner "from the United States, who finished the race" is a person', () => {
    const text =
      'Warholm, who is 23 years old, won the gold medal with a time of 47.42 seconds. The silver medal was won by Rai Benjamin from the United States, who finished the race in 47.66 seconds.';
    expect(typeOf('Rai Benjamin', text)).toBe('person');
  });

  // wikinews-shorts-auto-bailout-ghana-sentamu-cao-2008-12-07.
  test('a candidate "from New Patriotic Party, who was the foreign minister" is a person', () => {
    const text =
      "The three main contenders for the presidency are: the Nana Akufo Addo from New Patriotic Party, who was the foreign minister under the current president, John Atta Mills running for the National Democratic Congress, and the Convention People's Party's candidate, one Paa Kwesi Nduom.";
    expect(typeOf('Nana Akufo Addo', text)).toBe('person');
  });

  test('"who" with no comma after the place still goes back to the name', () => {
    // wikinews-athletics-concludes-london-paralympics-marathon-2012-09-09: "Henry Wanyoike of Kenya who did not finish".
    expect(placedThenWho(' of Kenya who did not finish but was')).toBe(true);
  });

  test('a place then "which", or a lower-case phrase after "from", says nothing', () => {
    expect(placedThenWho(' from the United States, which finished')).toBe(false);
    expect(placedThenWho(' from rural areas, who came')).toBe(false);
  });
});
