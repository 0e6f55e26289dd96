import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { nameAfterKindAcronym } from '../../../../src/core/engine/entities/leadingKindAcronym';

// Sentences from the development half: Global Voices, "Greece: Police Violence Against Immigrants on the Rise"
// (12 May 2012, CC BY 3.0), gv-greece-police-violence-immigrants-2012-05-12.
const bodies = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'organization')
    .map((e) => e.name);

test.each([
  [
    'In a recent report, international human rights NGO Human Rights Watch called the response of the authorities "totally insufficient".',
    'Human Rights Watch',
  ],
  ['Greek NGO Hellenic League for Human Rights called the legislative act "a clear setback".', 'Hellenic League for Human Rights'],
])('a kind acronym before an organisation is no part of its name: %s', (text, name) => {
  expect(bodies(text)).toContain(name);
  expect(bodies(text).filter((b) => b.includes('NGO'))).toEqual([]);
});

test('an acronym with one word after it is left as read', () => {
  expect(nameAfterKindAcronym('NGO Educafro')).toBeNull();
  expect(nameAfterKindAcronym('Human Rights Watch')).toBeNull();
});
