import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

const people = (...paragraphs: Array<string>) =>
  findEntities(['A headline about the news', ...paragraphs], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

test('a lone word listed with a person called by the surname is a surname too', () => {
  // gv-russia-varlamov-omsk-campaign-failure-2012-05-04 (development half).
  const found = people(
    'Russian blogger Ilya Varlamov in Moscow ran in the Omsk primary.',
    'I take issue with online votes not because they always produce embarrassing results like the victories of Tesak, Mavrodi, or Varlamov.',
  );
  expect(found).toEqual(expect.arrayContaining(['Tesak', 'Mavrodi']));
});

test('a list joined by "and" names people on both sides of the known surname', () => {
  // gv-bahamas-bloggers-election-results-2012-05-09 and
  // wikinews-fifa-world-cup-2018-brazil-belgium-advance-mexico-japan-2018-07-04 (development half).
  expect(people('Hubert Ingraham conceded.', 'To be mentioned in the same breath as Pindling and Ingraham will take believing.')).toContain('Pindling');
  expect(
    people('Philippe Coutinho scored.', 'Brazil made two substitutions, as Fernandinho and Roberto Firmino were substituted in for Paulinho and Coutinho.'),
  ).toContain('Paulinho');
});

test('a word set off by a comma before a surname that goes on into a sentence is no list', () => {
  // wikinews-adele-david-bowie-each-win-five-grammys-2017-02-14 (development half): the album, then its singer.
  expect(people('David Bowie won five awards.', 'Days after the release of his 25th album, Blackstar, Bowie passed away in January 2016.')).not.toContain(
    'Blackstar',
  );
});

test('a word the article writes after "the" names a thing, not a surname', () => {
  // usgov-nasa-roman-galactic-plane-survey-2024-03-12 (development half).
  expect(
    people('The mission honours Nancy Grace Roman, and Ruth Webb helped.', 'It would take Hubble or Webb decades.', 'It is seen by the Hubble telescope.'),
  ).not.toContain('Hubble');
});
