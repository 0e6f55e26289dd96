import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { nameAfterQualifiers } from '../../../../src/core/engine/entities/leadingQualifiers';

// Sentences from fresh English Wikinews pages (CC BY 2.5), in neither half of tests/fixtures/real.
const people = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => ({ name: e.name, aliases: [...e.aliases] }));

test.each([
  ['Bishop Emeritus Dinualdo Gutierrez of Marbel died on Sunday.', 'Dinualdo Gutierrez'],
  ['Co-developer Jing Wang recounted, "When we put that coating on a toilet in the lab, nothing sticks."', 'Jing Wang'],
  ['Former Vice-President Biden won the South Carolina primary.', 'Biden'],
  ['((WN)) Hi Agastya, how long have you known about it?', 'Agastya'],
  ['Queen Elizabeth II announced she will comply with the request of Prime Minister Boris Johnson.', 'Elizabeth II'],
])('a qualifier the run kept before a name is no part of it: %s', (text, name) => {
  expect(people(text).map((p) => p.name)).toContain(name);
  expect(people(text).filter((p) => p.name.endsWith(name))).toHaveLength(1);
});

test('a party noun before a surname names the person named in full before', () => {
  const found = people(
    'Patricia Ann Spearman sponsored the bill.',
    '"It is just time to do away with it." Democrat Spearman, a minister and former Army colonel, was re-elected.',
  );
  expect(found.map((p) => p.name)).toEqual(['Patricia Ann Spearman']);
});

test('"Cde" (comrade) before a surname is the person of that surname', () => {
  const found = people('Robert Mugabe died in Singapore.', 'The president called him the founding father: "Cde Mugabe was an icon of liberation."');
  expect(found.map((p) => p.name)).toEqual(['Robert Mugabe']);
});

// Global Voices (CC BY 3.0), development half: a nationality before a given name no list holds.
test('a nationality before a name the lists do not know is no part of it', () => {
  const found = people('Bahraini Mahmood Al Yousif wonders out aloud on the speech venue:', 'On the speech itself, Al Yousif adds:');
  expect(found.map((p) => p.name)).toEqual(['Mahmood Al Yousif']);
});

// Global Voices (CC BY 3.0), development half: a sovereign's title before a name the lists do not know.
test('a king reigning under a number is called by his name and number, not his title', () => {
  const found = people(
    'Lesotho will hold general elections on 26 May 2012. King Letsie III set the date for elections following successful political negotiations mediated by the Southern African Development Community (SADC).',
  );
  expect(found.map((p) => p.name)).toEqual(['Letsie III']);
});

test.each(['British Prime Minister Smith', 'Egyptian President Morsi'])('a title after the nationality keeps the name whole: %s', (name) => {
  expect(nameAfterQualifiers(name)).not.toBe(name.split(' ').slice(1).join(' '));
});

test.each(['American Samoa', 'Indian Railways', 'French Stewart', 'Bahraini Esra'])('no qualifier is taken from: %s', (name) => {
  expect(nameAfterQualifiers(name)).toBeNull();
});

// "Yemen: Anger at Expansion of US Drone War", Global Voices (CC BY 3.0), development half.
test('two nationality adjectives joined by a hyphen are no part of the name ("Yemeni-American Summer Nasser tweeted:")', () => {
  expect(people('Yemeni-American Summer Nasser tweeted:').map((p) => p.name)).toEqual(['Summer Nasser']);
  expect(nameAfterQualifiers('Yemeni-American Summer Nasser')).toBe('Summer Nasser');
});
