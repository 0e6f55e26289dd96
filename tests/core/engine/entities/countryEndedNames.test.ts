import { endsInCountryName } from '../../../../src/core/engine/entities/countryEndedNames';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

const peopleIn = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

// Lines from fresh Wikinews (CC BY 2.5) and Global Voices (CC BY 3.0) articles, in neither half of tests/fixtures/real.
test.each([
  ["Sky News reported Netflix Japan due to Kimura's death have delayed releasing a new episode.", 'Netflix Japan'],
  ['Jessie Tai from Wired Taiwan explained why Taiwan Power failed to keep their promise.', 'Wired Taiwan'],
  ['I will formally form a party called Zorin Australia which will attract member[s] across Australia.', 'Zorin Australia'],
])('a company, blog or programme named with a country is no person: %s', (text, name) => {
  expect(peopleIn(text)).not.toContain(name);
});

test.each(['Michael Jordan', 'Ilene France', 'Victoria Wales', 'Jordan'])('a given name or a lone word keeps the name a person’s: %s', (name) => {
  expect(endsInCountryName(name)).toBe(false);
});

test('a surname spelt like a country is a person’s where the article gives its bearer a role', () => {
  expect(peopleIn('Digital journalist Wilfredo Jordan (@wilofm) commented on Twitter:')).toContain('Wilfredo Jordan');
});
