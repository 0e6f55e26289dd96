import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// shortForms.ts: a short form joined to the one full name it shortens. Sentences from fresh English Wikinews pages
// (CC BY 2.5), in neither half of tests/fixtures/real.

const people = (...texts: Array<string>) =>
  findEntities(texts, 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

test('a headline’s father’s surname alone is the person the body names with both surnames', () => {
  const found = people(
    "Puerto Rico's governor Rosselló resigns, new governor sworn in",
    'On Friday, Ricardo Rosselló Nevares resigned as the governor of United States commonwealth of Puerto Rico.',
    'The exiting governor Rosselló appointed Pierluisi as secretary of state.',
  );
  expect(found).toContain('Ricardo Rosselló Nevares');
  expect(found).not.toContain('Rosselló');
});

// A Wikinews article as the GUM corpus keeps it (development half of tests/fixtures/real).
test('an organisation’s head word alone is the one organisation named by it and "of"', () => {
  const { entities } = findEntities(
    [
      'Australian woman claims Church of Scientology imprisoned her for twelve years',
      'Valeska Paris has claimed that the Church of Scientology imprisoned her for twelve years.',
      'In a statement to the Australian Broadcasting Corporation, the Church denied these allegations:',
    ],
    0,
  );
  const church = entities.filter((e) => e.name === 'Church' || e.name === 'Church of Scientology');
  expect(church.map((e) => [e.name, [...e.aliases]])).toEqual([['Church of Scientology', ['Church']]]);
});
