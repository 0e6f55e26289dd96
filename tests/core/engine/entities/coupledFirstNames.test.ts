import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// entities/coupledFirstNames.ts: two given names joined by "and" before one surname name two people of that surname.

const peopleIn = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

test.each([
  // usgov-nasa-marshall-beam-color-of-space-2024-03-06 (development half).
  [
    'Laila Willis, a 12-year-old violinist from Maitland Conservatory, performed “Lift Every Voice and Sing” by John and James Johnson before the screening.',
    ['John Johnson', 'James Johnson'],
  ],
  // wikinews-kaczynski-stricter-punishments-child-abusers-2019-05-15 (development half).
  [
    "Just don't tell anyone is a documentary by Tomasz and Marek Sekielski, which is about pædophilia among Polish Roman Catholic priests, and the sex abusers being confronted by their victims.",
    ['Tomasz Sekielski', 'Marek Sekielski'],
  ],
  // "New Hampshire crash kills seven, including former US Marines" (Wikinews, 2019-06-24), fresh page.
  [
    'The deceased victims were officially identified as Michael Ferazzi, Albert Mazza, Desma Oakes, Aaron Perry, Daniel Pereira, and Joanne and Edward Corr. Three other cyclists were hospitalized.',
    ['Joanne Corr', 'Edward Corr'],
  ],
])('two first names and one surname are two people: %s', (text, names) => {
  expect(peopleIn(text)).toEqual(expect.arrayContaining(names));
});

test.each([
  // wikinews-hong-kong-legislative-election-new-faces-2016-09-09 (development half): "Lee" closes Starry Lee's name.
  ["Pro-Beijing DAB's Starry Lee and Holden Chow were successfully elected in this constituency.", 'Lee Chow'],
  // "Astronomer tells Wikinews about discovery of …" (Wikinews, 2020-05-22), fresh page.
  ['Marianne Heida and Dietrich Baade were the ones that originally triggered the idea.', 'Marianne Baade'],
  // wikinews-slippery-coating-self-cleaning-toilets-2019-11-21 (development half): a foundation, no couple.
  [
    'Carl Hensman of the Bill and Melinda Gates Foundation, which offered a contest for redesigning the toilet some years ago, noted the ingredients in the sprays are also found in commonly used products like — in the case of the first spray — toothpaste, and are unlikely to pollute nearby water supplies; though he also remarked that, because the spray wears off, it was unlikely to be used widely in developing countries as the researchers claim to hope.',
    'Bill Gates',
  ],
])('a first word that closes another name, or a body named after a couple, makes no one: %s', (text, name) => {
  expect(peopleIn(text)).not.toContain(name);
});
