import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { isTitleCaseHeading } from '../../../../src/core/engine/entities/headlineGuesses';

const people = (texts: ReadonlyArray<string>) =>
  findEntities(texts, 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

test('a title-cased list or section heading is told from a sentence and a byline', () => {
  expect(isTitleCaseHeading('3. Canyon County Man Sentenced to Over 4 Years for Distributing Fentanyl')).toBe(true);
  expect(isTitleCaseHeading('IXPE General Observer Program Opens Doors to Global X-ray Astronomy')).toBe(true);
  expect(isTitleCaseHeading('By Annie Gammell, Brigade Modernization Command, August 6, 2013')).toBe(false);
  expect(isTitleCaseHeading('Story by Ruth Calloway • The Northern Dispatch')).toBe(false);
  expect(isTitleCaseHeading('Gregory Kurtzer told Wikinews about the project.')).toBe(false);
  expect(isTitleCaseHeading('_Yasmine Kloth is a Digital and Social Media Strategist and the National Center for Complementary and Integrative Health._')).toBe(
    false,
  );
});

test('a dictionary word that is also a first name makes no one of a headline ("Netizens Say Goodbye", "Over Web Domain")', () => {
  const goodbye = ['Mexico: Netizens Say Goodbye to Writer Carlos Fuentes', 'On May 15, 2012, Mexican writer Carlos Fuentes passed away at the age of 83.'];
  expect(people(goodbye)).toEqual(['Carlos Fuentes']);
  const domain = [
    'Brazil: Blog Countersues Newspaper Over Web Domain',
    'However, this time Falha is the one who decided to file a lawsuit against the newspaper.',
  ];
  expect(people(domain)).toEqual([]);
});

test('a titled person the headline alone names stays a person ("Harbor Mayor Dana Lutz")', () => {
  expect(people(['Harbor Mayor Dana Lutz: "We Will Rebuild"', 'The mayor thanked voters on Tuesday.'])).toContain('Dana Lutz');
});

test('a body heading keeps a name with a first name or a title, and drops title-cased words ("Sessions Underway")', () => {
  const texts = [
    'The NRP Post',
    'Please Welcome Deputy Administrator Dava Newman & Announcement of New Ames Center Director',
    '9| California Space Authority Unveils Plans to Support Lunar Rover Development',
    'Faith McKie / Jennifer Dooren',
  ];
  const found = people(texts);
  expect(found).toEqual(expect.arrayContaining(['Dava Newman', 'Faith McKie', 'Jennifer Dooren']));
  expect(found).not.toContain('Unveils Plans');
});

test('a heading verb glued to a name the body gives is no part of it ("Chris Lupo Receives", "Charles Bolden Preps")', () => {
  // Fresh NASA pages (public domain), outside the corpus.
  const lupo = [
    'NASA Engineer Chris Lupo Receives 2024 Federal Engineer Award',
    'The National Society of Professional Engineers named Chris Lupo, deputy chief engineer of NASA’s Commercial Crew Program, as the agency’s 2024 Federal Engineer of the Year.',
  ];
  expect(people(lupo)).toEqual(['Chris Lupo']);
  const bolden = [
    'Astronaut Charles Bolden Preps for Deorbit',
    'STS-60 commander Charles F. Bolden is seen at the commander’s station on the forward flight deck of the space shuttle Discovery.',
  ];
  expect(people(bolden)).toEqual(['Charles F. Bolden']);
});

// usgov-army-watercraft-joint-combined-arms-maneuver-2014-12-19, usgov-army-total-army-analysis-2014-05-02 (US Army).
test('a table’s or a figure’s numbered title is a heading ("Figure 2. Artist Rendition of Army Watercraft Designed …")', () => {
  expect(isTitleCaseHeading('Figure 2. Artist Rendition of Army Watercraft Designed to Conduct Joint Combined Arms Maneuver')).toBe(true);
  expect(isTitleCaseHeading('Table 2. Notional Force Shaping Construct')).toBe(true);
  expect(isTitleCaseHeading('Figure 2. The vessel gets underway from its home port.')).toBe(false);
  expect(people(['Army watercraft', 'Figure 2. Artist Rendition of Army Watercraft Designed to Conduct Joint Combined Arms Maneuver'])).toEqual([]);
});

// Global Voices, "Tunisia: TV Station Chief Sued for Broadcasting 'Persepolis'" (2012, development half).
test('a past participle a headline sets after a title is no one', () => {
  const people = findEntities(["Tunisia: TV Station Chief Sued for Broadcasting 'Persepolis'", 'The trial of Nabil Karoui went on.'], 0).entities.filter(
    (e) => e.type === 'person',
  );
  expect(people.map((p) => p.name)).toEqual(['Nabil Karoui']);
});

// usgov-nasa-aviary-aircraft-modelling-software-2024-05-16 (NASA, public domain), development half.
test('a section heading leaves its prepositions in lower case and is still a heading ("Building Aviary from a Legacy")', () => {
  expect(isTitleCaseHeading('Building Aviary from a Legacy')).toBe(true);
  expect(isTitleCaseHeading('Results came from a legacy code that engineers rebuilt.')).toBe(false);
});

// usgov-doj-usao-idaho-drug-distribution-cases-2024-08-07 (Department of Justice, public domain), development half.
test('a first name that is a role noun too makes no one of a list heading ("Canyon County Man Sentenced")', () => {
  const texts = [
    'U.S. Attorney’s Office secures sentences in drug distribution cases',
    '3. Canyon County Man Sentenced to Over 4 Years for Distributing Fentanyl',
    'The case was investigated by the Nampa Police Department.',
  ];
  expect(people(texts)).toEqual([]);
});

// gv-palestine-palfest-gaza-first-time-2012-05-18 (Global Voices, development half).
test('a sentence whose longer words are all names is no title-case heading, and the person it names stays', () => {
  expect(isTitleCaseHeading('Palestinian Ebaa Rezeq was sad to see PalFest end:')).toBe(false);
  expect(isTitleCaseHeading('What Color is Your Lidar?')).toBe(true);
  expect(isTitleCaseHeading('Making it Easy to Do Good for Government')).toBe(true);
  expect(people(['A headline', 'Palestinian Ebaa Rezeq was sad to see PalFest end:'])).toContain('Ebaa Rezeq');
});
