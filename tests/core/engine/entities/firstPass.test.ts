import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/core/engine/analyze';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// Sentences from fresh NASA pages (public domain), in neither half of tests/fixtures/real.
const speakerOf = (paragraphs: Array<string>, quoteStart: string) => {
  const article = analyzeArticle(['A headline about the news', ...paragraphs].join('\n\n'));
  const quote = article.paragraphs.flatMap((p) => p.quotes).find((q) => q.text.startsWith(quoteStart));
  return article.entities.find((e) => e.id === quote?.speakerId)?.name ?? null;
};

test.each([
  // "Biden lauds Georgian push for Western reforms" (Voice of America, development half).
  ['Roosevelt Room', 'Vice President Joe Biden speaks in the Roosevelt Room of the White House in Washington, April 26, 2016.'],
  // Fresh pages outside the corpus (digital.gov, NASA; public domain).
  ['Dean Center', "Partners included MIT Hacking Medicine and Harvard University's Dean Center for Tick-Borne Illness."],
  ['Glenn Hall', 'Langley’s legacy is still visible at the Center today in its inductees into the Glenn Hall of Fame.'],
])('a room, a hall or a centre "of" or "for" something is no person of it ("%s")', (name, text) => {
  const people = findEntities(['A headline about the news', text], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);
  expect(people).not.toContain(name);
});

test.each([
  // Development-half articles (English Wikinews), as published.
  ['Eastern Mediterranean Bill', 'The United States expressed its support via the December 20 signing of the Eastern Mediterranean Bill, a July 25 meeting.'],
  [
    'Gun Violence Archive',
    'According to data from the Gun Violence Archive, the shooting followed four deadly mass shootings. The Gun Violence Archive said so.',
  ],
])('a bill is no person and an archive is an organisation ("%s")', (name, text) => {
  const people = findEntities(['A headline about the news', text], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);
  expect(people).not.toContain(name);
});

test('an archive is an organisation, which the quote it gives data for can name ("the Gun Violence Archive")', () => {
  const text = 'According to data from the Gun Violence Archive, the shooting followed four deadly mass shootings.';
  expect(findEntities(['A headline about the news', text], 0).entities.find((e) => e.name === 'Gun Violence Archive')?.type).toBe('organization');
});

test('a known outlet’s one-word name that the text gives a person as a surname is that person', () => {
  // Wikinews, "Bloomberg, Warren end US presidential campaigns following Super Tuesday" (CC BY 2.5).
  const paragraphs = [
    'In the aftermath of Super Tuesday, two candidates, Senator Elizabeth Warren of Massachusetts and Michael Bloomberg, formerly the mayor of New York City, ended their campaigns.',
    'Wednesday, the same day that he dropped out, Bloomberg endorsed his former rival, Joe Biden. "Three months ago," he said, "I entered the race for President to defeat Donald Trump."',
  ];
  expect(speakerOf(paragraphs, 'Three months ago')).toBe('Michael Bloomberg');
});

test('the outlet stays an outlet when no person bears its name', () => {
  const { entities } = findEntities(['A headline about the news', 'Bloomberg reported the deal on Friday, and John Smith said it was done.'], 0);
  expect(entities.find((e) => e.name === 'Bloomberg')?.type).toBe('organization');
});

test('a first name then a title word after an organisation is a title, and the name after it the person', () => {
  // NASA, Earth Day poster page (public domain).
  const { entities } = findEntities(
    [
      'A headline about the news',
      'Hear NASA Science Mission Directorate Art Director, Jenny Mottar, explain her inspiration behind this year’s poster concept and design.',
    ],
    0,
  );
  expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Jenny Mottar']);
});

// digital.gov "The challenge of partnerships", 2016-04-29, and "Managing federal information as a strategic resource",
// 2016-07-27 (public domain); Global Voices "Singapore: Code of conduct", 2012-05-01 (dev half).
describe('a compound opening with a title word', () => {
  const typeOf = (name: string, text: string) => findEntities(['A headline about the news', text], 0).entities.find((e) => e.name === name)?.type ?? null;
  const people = (text: string) =>
    findEntities(['A headline about the news', text], 0)
      .entities.filter((e) => e.type === 'person')
      .map((e) => e.name);

  test('a company named so is an organisation', () => {
    expect(typeOf('General Electric', 'NASA joined forces with the NFL, Under Armour and General Electric in the name of stimulating innovation.')).toBe(
      'organization',
    );
  });

  test('an office, an order or an election named so is no person', () => {
    expect(people('The revision ensures consistency with Executive Orders, Presidential Directives, and other guidance.')).toEqual([]);
    expect(people('After the General Election of 2011 – the first elections in which blogs played a part – things changed.')).toEqual([]);
  });

  test('a title before a surname still makes a titled person', () => {
    expect(people('General Odierno said the Army would shrink.')).toEqual(['Odierno']);
  });
});

describe('a name no first-name list holds, then its organisation, right after a speech verb', () => {
  test('is the speaker, and the organisation its own ("said co-author Gagandeep Anand of the …")', () => {
    const paragraphs = [
      '“So, we’ve gone to the end of the second rung of the cosmic distance ladder,” said co-author Gagandeep Anand of the Space Telescope Science Institute in Baltimore, which operates the Webb and Hubble telescopes for NASA.',
    ];
    expect(speakerOf(paragraphs, 'So, we’ve gone')).toBe('Gagandeep Anand');
    const entities = findEntities(['A headline', ...paragraphs], 0).entities;
    expect(entities.find((e) => e.name === 'Space Telescope Science Institute')?.type).toBe('organization');
  });

  test('is no person when its words are a title ("suggests Special Assistant for Organizational Development …")', () => {
    const people = findEntities(
      [
        'A headline',
        'Think of it as an “iceberg,” suggests Special Assistant for Organizational Development Ann-Marie Regan of the Walter Reed National Military Medical Center, “what you see above the waterline would be the behaviors.”',
      ],
      0,
    ).entities.filter((e) => e.type === 'person');
    expect(people.map((p) => p.name)).not.toContain('Special Assistant');
  });
});

describe('a short form in parentheses that is no all-capital acronym', () => {
  // "Aftershocks increase death toll of magnitude 6.3 earthquake", fresh Wikinews 2019-10-22 (CC BY 2.5).
  const paragraphs = [
    'The Philippine Institute of Volcanology and Seismology (Phivolcs) reported the first quake occurred at 7:37 p.m.',
    'Phivolcs said aftershocks could go on for weeks.',
  ];

  test('names the organisation it follows, and a later "Phivolcs said" is that organisation speaking', () => {
    expect(speakerOf(paragraphs, 'aftershocks could')).toBe('Philippine Institute of Volcanology and Seismology');
  });

  test('a word in parentheses after a person is no short form of theirs', () => {
    const people = findEntities(['A headline about the news', 'Her son Thomas Brown (Tom) said the school was closed.'], 0).entities;
    expect(people.find((e) => e.aliases.has('Tom'))).toBeUndefined();
  });
});

// US Army ARCIC news (public domain, fresh pages): a plural name with its plural acronym names a kind of unit or thing.
describe('a plural name with its acronym in the plural is nobody', () => {
  test.each([
    [
      'In 2004, the Army instituted the Modular Force, in which Brigade Combat Teams (BCTs) converted from three-maneuver battalion formations.',
      'Brigade Combat Teams',
    ],
    ['Major Defense Acquisition Programs (MDAPs) estimated to require eventual expenditure for research were reviewed.', 'Defense Acquisition Programs'],
    ['Army Command Posts (CPs), which are unit headquarters where the commander and staff perform their work, are many.', 'Posts'],
  ])('%s', (text, name) => {
    const people = findEntities(['A headline about the news', text], 0).entities.filter((e) => e.type === 'person');
    expect(people.map((p) => p.name)).not.toContain(name);
    expect(people).toEqual([]);
  });
});

// Fresh NASA pages (public domain), in neither half of tests/fixtures/real: Marshall prints its office codes after a
// person's name, and a history page the body each person came from.
describe('a person named with the code of their office in parentheses', () => {
  test('stays a person, and speaks the quote the cue gives them', () => {
    expect(
      speakerOf(
        [
          '“The IXPE data show that the magnetic field near the acceleration region points in the direction the jets are moving,” said astrophysicist Philip Kaaret (ST12).',
        ],
        'The IXPE data',
      ),
    ).toBe('Philip Kaaret');
  });

  test('is a person whatever the letters in parentheses, unless they spell the name', () => {
    const entities = findEntities(
      [
        'A headline about the news',
        'Seated are Ray Sharp (AERL), George Brett (Air Corps), [behind] S. Paul Johnston (NACA), Edward Warner (Civil Aeronautics Board).',
        'The Philip Morris International (PMI) plant closed.',
        'Credit: NASA, ESA, and S. Rodney (JHU) and the FrontierSN team; T. Treu (UCLA).',
      ],
      0,
    ).entities.map((e) => `${e.type}:${e.name}`);
    expect(entities).toEqual(expect.arrayContaining(['person:S. Paul Johnston', 'organization:NACA', 'organization:Philip Morris International']));
    expect(entities).not.toContain('organization:S. Paul Johnston');
    // A picture's credit names no one the article is about (docs/annotation-guide.md).
    expect(entities).not.toContain('person:S. Rodney');
  });
});

// wikinews-slippery-coating-self-cleaning-toilets-2019-11-21 (CC BY 2.5)
test('a short form of two words in parentheses after an organisation names it', () => {
  const entities = findEntities(
    [
      'Slippery coating makes toilets self-cleaning',
      'Researchers mostly from Pennsylvania State University (Penn State) in the U.S. reported the invention of a new coating.',
      "Wong is Penn State's Wormley Early Career Professor of Engineering.",
    ],
    0,
  ).entities;
  expect(entities.find((e) => e.name === 'Pennsylvania State University')?.aliases).toContain('Penn State');
  expect(entities.filter((e) => e.type === 'person').map((e) => e.name)).not.toContain('Penn State');
});

// Wikinews, https://en.wikinews.org/wiki/Power_firm_helicopter_strikes_cables,_crashes_near_Fairfield,_California
// (2020-06-04, CC BY 2.5), fresh page in neither half of the corpus.
test('a short form whose syllables run together ("CalFire") joins its name, and speaks for it later', () => {
  const article = analyzeArticle(
    [
      'Power firm helicopter strikes cables, crashes near Fairfield, California',
      'The Bell 206 came down near Interstate 80 around 13:30 local time, during works to high-voltage power cables in the area. The California Department of Forestry and Fire Protection (CalFire) said several acres of land burned before the flames were extinguished. CalFire requested power line de-energisation during the emergency which cut electric supply to around 38,000 people. CalFire indicated the injuries were minor.',
    ].join('\n\n'),
    { publishedOn: '2020-06-04' },
  );
  const calFire = article.entities.find((e) => e.name === 'California Department of Forestry and Fire Protection');
  expect(calFire?.aliases).toContain('CalFire');
  const minor = article.paragraphs.flatMap((p) => p.quotes).find((q) => q.text === 'the injuries were minor');
  expect(minor?.speakerId).toBe(calFire?.id);
});

// English Wikinews, "Japanese professional wrestler and Netflix star Hana Kimura dies aged 22", 2020-05-24, CC BY 2.5
// (fresh text, no gold).
test('"wrestling promotion World Wonder Ring Stardom (Stardom) announced" is an organisation, not a person "Ring Stardom"', () => {
  const found = findEntities(
    [
      'Hana Kimura dies aged 22',
      'Japanese female professional wrestler and reality television star Hana Kimura, age 22, has died, wrestling promotion World Wonder Ring Stardom (Stardom) announced yesterday.',
    ],
    0,
  ).entities.map((e) => `${e.type}:${e.name}`);
  expect(found).toContain('organization:World Wonder Ring Stardom');
  expect(found).not.toContain('person:Ring Stardom');
});

// usgov-nasa-armstrong-safety-culture-2024-04-30 (NASA, public domain, development half).
describe('a given name that ends a name the article writes alone', () => {
  const people = (...texts: Array<string>) =>
    findEntities(['A headline about the news', ...texts], 0)
      .entities.filter((e) => e.type === 'person' && e.mentions.length > 0)
      .map((e) => e.name);

  test('"acting NASA Armstrong Safety and Mission Assurance director", after "at NASA Armstrong", makes no person "Armstrong Safety"', () => {
    const found = people(
      'Brad Flick, center director at NASA’s Armstrong Flight Research Center in Edwards, California, amplifies the center’s safety commitment during Safety Day on April 2, 2024, at NASA Armstrong. NASA/Steve Freeman',
      '“Several projects had safety standdowns to talk about safety,” said Peggy Hayes, acting NASA Armstrong Safety and Mission Assurance director.',
      '“People feel free to come to us, or call the Safety office,” Hayes said.',
    );
    expect(found).toContain('Peggy Hayes');
    expect(found).not.toContain('Armstrong Safety');
  });
});

// wikinews-nigerian-refugee-camp-airstrike-death-toll-passes-100-2017-01-24 (development half): a number word opening a
// sentence opens no name, so the body after it is not read as a person named from the first name "Red".
test('"Twenty Nigerian Red Cross workers were injured or killed" names no person', () => {
  const found = findEntities(['A headline about the news', 'Twenty Nigerian Red Cross workers were injured or killed.'], 0).entities;
  expect(found.filter((e) => e.type === 'person').map((e) => e.name)).toEqual([]);
  expect(found.map((e) => [e.type, e.name])).toEqual([['organization', 'Nigerian Red Cross']]);
});

// Wikinews, "Bomb in Mokha, Yemen kills photojournalist" (2019-01-30, CC BY 2.5), development half.
test('"Abu Dhabi TV photojournalist Ziad al-Sharabi": a news trade behind a camera before a name makes it a person', () => {
  const entities = findEntities(
    [
      'Bomb in Mokha, Yemen kills photojournalist',
      'A bombing was yesterday reported to have killed Abu Dhabi TV photojournalist Ziad al-Sharabi in the Red Sea port town of Mokha, Yemen.',
    ],
    0,
  ).entities;
  expect(entities.find((e) => e.name === 'Ziad al-Sharabi')?.type).toBe('person');
});

// wikinews-us-senate-approves-revised-bailout-package-2008-10-02 (English Wikinews 2008, development half).
describe("a US representative's state and district in brackets after the name", () => {
  const entities = (text: string) => findEntities(['A headline', text]).entities.map((e) => `${e.type}:${e.name}`);

  test('"Rep. Patrick Kennedy (RI-1)" is a person, the bracket no acronym of an organisation', () => {
    const found = entities('H.R.1424 was introduced on March 9, 2007, by Rep. Patrick Kennedy (RI-1) and had the support of First Lady Rosalind Carter.');
    expect(found).toContain('person:Patrick Kennedy');
    expect(found.some((e) => e.startsWith('organization:') && e.includes('Kennedy'))).toBe(false);
  });

  test("an organisation's acronym in brackets still names it", () => {
    expect(entities('The Collective Security Treaty Organization (CSTO) met in Moscow.')).toContain('organization:Collective Security Treaty Organization');
  });
});

// A fresh Wikinews page (Brazilian medicine council, February 2005), measured held out.
test('"Senator José Agripino Maia (PFL) asked …": a titled person and their party\'s code, not a body called by the whole name', () => {
  const names = new Map(
    findEntities(['A headline about the news', 'Senator José Agripino Maia (PFL) asked the Minister of Education Tarso Genro to explain.'], 0).entities.map(
      (e) => [e.name, e.type],
    ),
  );
  expect(names.get('José Agripino Maia')).toBe('person');
  expect(names.has('Senator José Agripino Maia')).toBe(false);
});

// Global Voices (CC BY 3.0), Liberia, May 2012 (gv-liberia-social-media-civic-engagement-interview-2012-05-03, held
// out of both halves).
describe("an interview's label glossing its own initials", () => {
  const entities = (...texts: Array<string>) => findEntities(['Liberia: Will Social Media Increase Civic Engagement?', ...texts], 0).entities;

  test('"Shelby Grossman (SG):" opening an answer is a person, whose later "SG:" labels write her initials', () => {
    const found = entities(
      'Counselor Track (CT): Shelby, you are welcome to this interview. Can you please give us a brief introduction of yourself and your career background?',
      'Shelby Grossman (SG): Before starting graduate school, I worked with human rights organizations in Liberia and Nigeria, and with a foundation in the US.',
      'Shelby Grossman. Image used with permission.',
    );
    const shelby = found.filter((e) => e.name === 'Shelby Grossman');
    expect(shelby).toHaveLength(1);
    expect(shelby[0]).toMatchObject({ type: 'person' });
    expect([...(shelby[0]?.aliases ?? [])]).toContain('SG');
  });

  test("a body's acronym after its name in running text is still the body's (near miss)", () => {
    const found = entities('The Open Society Justice Initiative (OSJI) ran a trial monitoring website, covering the trial of Charles Taylor.');
    expect(found.find((e) => e.name === 'Open Society Justice Initiative')).toMatchObject({ type: 'organization' });
  });

  test('"Global Voices (GV):", the outlet\'s label, is no person (near miss)', () => {
    const found = entities('Global Voices (GV): What was the impetus for starting Wired868?');
    expect(found.find((e) => e.name === 'Global Voices')).toMatchObject({ type: 'organization' });
  });
});

/** Each entity the text names, by type and name, with its aliases. */
const named = (...paragraphs: Array<string>) =>
  findEntities(['A headline about the news', ...paragraphs], 0)
    .entities.filter((e) => e.mentions.length > 0)
    .map((e) => `${e.type}: ${e.name} [${[...e.aliases].join(', ')}]`);

// wikinews-spacex-test-fires-falcon-9-texas-2008-11-24 (development half).
test('a short form of a word and a capital in parentheses is the organisation’s, and names it later', () => {
  const entities = named(
    'At 10:30pm on November 23, 2008, near the airport in McGregor, Texas, Space Exploration Technologies Corporation (SpaceX) tested their new Falcon 9 rocket at full thrust for nearly 3 minutes (160 seconds).',
    'SpaceX is a contender for future commercial contracts from various government run space agencies, with NASA expressing particular interest.',
  );
  expect(entities).toContain('organization: Space Exploration Technologies Corporation [SpaceX]');
  expect(entities.filter((e) => e.includes('SpaceX'))).toHaveLength(1);
});

// gv-nigeria-battabox-online-videos-interview-2012-05-14 (development half, CC BY 3.0).
test('an interview’s introduction that glosses the answerer’s initials and sets a role after them names a person', () => {
  const entities = named(
    'Christian Purefoy (CP), a director in BattaBox gave us a glimpse of this evolving online television. CP has worked in Nigeria for over seven years as a freelance journalist and CNN’s West Africa correspondent.',
    'Nwachukwu Egbunike (NE): What is BattaBox TV?',
  );
  expect(entities).toContain('person: Christian Purefoy [CP]');
  expect(named('The Christian Democratic Union (CDU), the ruling party, said it would vote no.')).toContain('organization: Christian Democratic Union [CDU]');
});
