import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// citedAuthors.ts. Lines from the development half's LibriVox interview (Wikinews, 2006-05-28) and from fresh
// digital.gov posts (public domain), in neither half of tests/fixtures/real.

const peopleIn = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

test('a reading list names its authors surname first ("Austen, Jane.", "London, Jack.", "Marx, Karl and Engels, Friedrich.")', () => {
  const people = peopleIn(
    'Austen, Jane. Pride and Prejudice',
    'London, Jack. White Fang',
    'Macaulay, Thomas Babington. History of England (Volume 1, Chapter 1)',
    'Marx, Karl and Engels, Friedrich. The Communist Manifesto (solo)',
  );
  expect(people).toEqual(expect.arrayContaining(['Jane Austen', 'Jack London', 'Thomas Babington Macaulay', 'Karl Marx', 'Friedrich Engels']));
});

test('references with a year after the author ("Campbell, Joseph. (1949) 2008.", "Bohns, Vanessa. 2017.")', () => {
  const people = peopleIn('Campbell, Joseph. (1949) 2008. The Hero with a Thousand Faces.', 'Bohns, Vanessa. 2017. Review of a study.');
  expect(people).toEqual(expect.arrayContaining(['Joseph Campbell', 'Vanessa Bohns']));
});

test('a lone line addressed to someone, a place and its state, or a sentence adverb name no author', () => {
  expect(peopleIn('Thanks, Jane. I appreciate it.', 'Sure, Mark. Go ahead.')).toEqual([]);
  expect(peopleIn('Cambridge, Mass.', 'Huntsville, Ala.')).toEqual([]);
  expect(
    peopleIn("Yesterday, Joe Biden, the Democratic Party's presumptive nominee, named her.", 'Reportedly, Trump and Bolton have been at odds.'),
  ).not.toContain('Joe Yesterday');
});
