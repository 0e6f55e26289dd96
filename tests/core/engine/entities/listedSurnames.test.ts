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

test('a lone word listed with a person found under one word alone is a surname too', () => {
  // gv-europe-crisis-anti-immigration-politics-2012-05-10 (development half): "Merkel", a surname the news calls a person by.
  expect(
    people(
      'The French presidential election may be over, but the fact that outgoing president Nicolas Sarkozy chose immigration as a core theme of his campaign [fr] is still the subject of much debate on the Web.',
      'In Great Britain, a commenter posting under the name James reacted to the fact that Cameron, Merkel, and Sarkozy declared the failure of multiculturalism.',
    ),
  ).toContain('Cameron');
});

test('a list of players goes on from one a match report names by one word, and stops at its clause', () => {
  // wikinews-usl-first-division-seattle-sounders-vs-vancouver-whitecaps-2008-05-24 (development half): "Addlery" is
  // found as a person by his minute in the match box; "Vancouver" after ", as" is no list's.
  const found = people(
    "May 23, 200820:00 (PST) Seattle Sounders 2–0 Vancouver Whitecaps Swangard Stadium, Vancouver, British Columbia, Canada Attendance: 5,146 Gardner 3'(2)Le Toux 8'(3)Scott 24'Cascio 90' Match Report 39' Addlery 72' Arze",
    'A host of substitutions ensued early in the 2nd half, with Arze, Justin Moose, and Jason Jordan all replacing Valente, Donatelli, and Addlery, as Vancouver tried to bring some spark to what had been a below-par Whitecaps performance.',
  );
  expect(found).toEqual(expect.arrayContaining(['Valente', 'Donatelli']));
  expect(found).not.toContain('Vancouver');
});
