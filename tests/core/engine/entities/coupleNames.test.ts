import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

const peopleIn = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

test.each([
  // wikinews-fur-fans-toronto-furnal-equinox-2019-03-25 (development half).
  [
    'Guests of Honour Cherie and Sean O\'Donnell, known within the community as "Lucky and Skuff Coyote", held a session on fursuit construction on Saturday afternoon.',
    ["Cherie O'Donnell", "Sean O'Donnell"],
  ],
  // usgov-nasa-marshall-beam-color-of-space-2024-03-06 (development half).
  [
    'Laila Willis, a 12-year-old violinist from Maitland Conservatory, performed “Lift Every Voice and Sing” by John and James Johnson before the screening.',
    ['John Johnson', 'James Johnson'],
  ],
  // wikinews-kaczynski-stricter-punishments-child-abusers-2019-05-15 (development half): Polish given names (worldFirstNames.ts).
  [
    "Just don't tell anyone is a documentary by Tomasz and Marek Sekielski, which is about pædophilia among Polish Roman Catholic priests, and the sex abusers being confronted by their victims.",
    ['Tomasz Sekielski', 'Marek Sekielski'],
  ],
  // Fresh Wikinews page, 2020-12-15, conservative groups' rally in Washington.
  ['A couple from Florida, Richard and Lisa Parry, made a 14-hour drive to D.C. for the rally.', ['Richard Parry', 'Lisa Parry']],
])('two given names joined before one surname are two people of that surname: %s', (text, names) => {
  expect(peopleIn(text)).toEqual(expect.arrayContaining(names));
});

test('a lone given name the couple opened is the person it names', () => {
  const { entities } = findEntities(
    [
      'A headline about the news',
      'Guests of Honour Cherie and Sean O\'Donnell, known within the community as "Lucky and Skuff Coyote", held a session on fursuit construction on Saturday afternoon.',
      'Cherie, known as Lucky, recalled receiving a Sylvester the Cat plush toy.',
    ],
    0,
  );
  const cherie = entities.find((e) => e.name === "Cherie O'Donnell");
  expect(cherie?.mentions.map((m) => m.block)).toEqual([1, 2]);
});

test.each([
  // The surname of a full name before "and" is no given name: "Matthew Dominick and Jeanette Epps"
  // (usgov-nasa-marshall-crew-8-launch-support-2024-03-06).
  ['Those included NASA astronauts Matthew Dominick and Jeanette Epps.', 'Matthew Epps'],
  ['Dominick and Jeanette Epps flew with them; Matthew Dominick said so.', 'Dominick Epps'],
  // An organisation's name of three words (wikinews-slippery-coating-self-cleaning-toilets-2019-11-21).
  ['Carl Hensman of the Bill and Melinda Gates Foundation noted the ingredients.', 'Bill Gates'],
])('no couple where the word before "and" is no lone given name or the name after is no person: %s', (text, name) => {
  expect(peopleIn(text)).not.toContain(name);
});
