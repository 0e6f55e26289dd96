import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// nasa_article_834 of NASA_RAG (Lunar Node-1, February 2024), fresh text in neither half of tests/fixtures/real: a pull
// quote signed on the line after it, the line break lost.
const people = (...texts: Array<string>) =>
  findEntities(['Lighthouse on the lunar shore', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

test('a job title’s capitalised first word glued after a name is no part of it, and the person is one', () => {
  expect(
    people(
      '“Imagine getting verification from a lighthouse on the shore you’re approaching,” said Evan Anzalone, principal investigator of LN-1.',
      'Eventually, these same technologies will be vital on Mars. Evan Anzalone Principal investigator of LN-1',
    ),
  ).toEqual(['Evan Anzalone']);
});
