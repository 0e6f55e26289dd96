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
