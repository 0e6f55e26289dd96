import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// namedThings.ts: a vessel named after a person, and a numbered document whose "No." was read as a surname, are no
// one. Sentences from US Army (ARCIC) articles of the development half and from fresh NASA and Wikinews pages.

const people = (...texts: Array<string>) =>
  findEntities(['Names in the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person' && e.mentions.length > 0)
    .map((e) => e.name);

// usgov-army-watercraft-joint-combined-arms-maneuver-2014-12-19 (US Army, public domain).
test('"the U.S. Army Vessel CW3 Harold A. Clinger": a vessel, with its namesake’s rank', () => {
  expect(
    people('Pictured here, Logistic Support Vessel-2, the U.S. Army Vessel CW3 Harold A. Clinger, gets underway from its home port July 2, 2014.'),
  ).toEqual([]);
});

// usgov-army-s-and-t-pays-dividends-2014-06-27 (US Army, public domain).
test('"General Order No. 4": a numbered order, not a general', () => {
  expect(people('ARCIC, as directed by the Secretary of the Army in General Order No. 4, is charged with the validation of research.')).toEqual([]);
});

test('a person named elsewhere keeps the mentions: the ship and the boy it is named after', () => {
  expect(people('The charity renamed its ship the MV Alan Kurdi. Alan Kurdi drowned in 2015, his father Abdullah Kurdi said.')).toContain('Alan Kurdi');
});

test('a ranked person not after a vessel’s prefix stays someone', () => {
  expect(people('By COL Thomas Dillingham, Chief, Studies and Analyses, ARCIC, February 13, 2015')).toEqual(['Thomas Dillingham']);
});

// usgov-army-futures-day-army-leaders-unexpected-2011-11-01 (US Army, public domain).
test('"Director of the Mission Command Center of Excellence": the centre is no director', () => {
  expect(people('He was joined by Col. (promotable) Wayne Grigsby, Director of the Mission Command Center of Excellence.')).toEqual(['Wayne Grigsby']);
});

// usgov-army-force-design-constrained-environment-2013-11-12 (US Army, public domain); fresh NASA page 339.
test('a name the article also writes as a common phrase is no one: `"Bill Paying" Strategies` … `Bill paying trades`', () => {
  expect(people('"Bill Paying" Strategies', 'Bill paying trades included removal of the Mortar Section from the Headquarters Company.')).toEqual([]);
});

test('a name written all in lower case in a caption stays someone', () => {
  expect(people('“It is an honor,” said Cherie Beech, a customer service representative.', 'cherie beech NASA Stennis Customer Service')).toContain(
    'Cherie Beech',
  );
});

// usgov-nasa-starliner-stover-wilmore-friendship-2024-05-03 (NASA, public domain), wikinews-water-vapour-exoplanet-k2-18b-2019-09-14 (CC BY 2.5)
test.each([
  ['When Wilmore received the 2018 Theodore Roosevelt award at the NCAA Awards Presentation, the association’s highest honor.', 'Theodore Roosevelt'],
  ["Astronomers were optimistic that NASA's James Webb space telescope — scheduled for launch in 2021 — would find more.", 'James Webb'],
])('a name written only before the noun of a thing named after a person names that thing: %s', (text, name) => {
  expect(people(text)).not.toContain(name);
});

// usgov-nasa-remembering-james-dean-art-program-2024-05-06 (NASA, public domain)
test('a namesake the article also names as a person stays one', () => {
  expect(
    people(
      'In March 1962, NASA Administrator James Webb addressed a two-paragraph memorandum to NASA Public Affairs Director Hiden T. Cox.',
      'The James Webb space telescope was named after him.',
    ),
  ).toContain('James Webb');
});

// usgov-nasa-roman-galactic-plane-survey-2024-03-12 (development half): the full name is written only as the telescope's,
// and the surname alone calls the telescope back.
test('"the Hubble or James Webb space telescopes … Webb sees": the surname is the telescope\'s short name', () => {
  expect(
    people(
      '“It would take decades to observe such a large patch of the sky with the Hubble or James Webb space telescopes.',
      'Webb sees longer wavelengths and detects that dust glowing in infrared.',
      'It would take Hubble or Webb decades to survey the Milky Way, but NASA’s upcoming Nancy Grace Roman Space Telescope could do it in less than a month.',
    ),
  ).not.toContain('James Webb');
});

// Near miss: a person named in full outside the thing's name keeps every mention.
test('a namesake the text also names as a person stays one', () => {
  expect(
    people('The James Webb space telescope is named after James Webb, who led NASA in the 1960s.', 'Webb said in 1966 that the agency needed a new rocket.'),
  ).toContain('James Webb');
});
