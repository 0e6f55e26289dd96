import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// titledNames.ts: a long title, then a name. Sentences from fresh Wikinews articles (CC BY 2.5, 2019–2020), in neither
// half of tests/fixtures/real.

const peopleIn = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

describe('a title of a place whose name goes on past its first word', () => {
  // wn-2019-09-21 NYC mayor de Blasio ends US presidential campaign
  test('"Mayor of New York City" leaves no person named "York City", and the mayor named after it is one', () => {
    const people = peopleIn(
      'Oh no, really big political news! Part time Mayor of New York City, [Bill de Blasio], who was polling at a solid ZERO, is dropping out.',
    );
    expect(people).not.toContain('York City');
    expect(people).toContain('Bill de Blasio');
  });

  test('a long title of a place of one word still names the person after it', () => {
    expect(peopleIn('The Assistant Secretary of State for Africa Molly Phee arrived on Monday.')).toContain('Molly Phee');
  });
});

describe('a role noun capitalised before a name of no person', () => {
  // Fresh NASA and GSA pages (public domain), in neither half of tests/fixtures/real.
  test.each([
    ['Seventy teams representing 24 states were selected to compete in the 2024 Student Launch Challenge.', 'Launch Challenge'],
    ['Shaw joined two marketing experts for the latest webinar in the Expert Training Series: How to Design Prizes.', 'Training Series'],
    ['According to data from FSA’s Student Loan Portfolio, nearly 3.5 million borrowers were enrolled.', 'Loan Portfolio'],
    ['NASA Johnson will hold a commemoration at the Astronaut Memorial Grove at 10 a.m. CST.', 'Memorial Grove'],
  ])('titles no one unless a given name or an initial follows it: %s', (text, name) => {
    expect(peopleIn(text)).not.toContain(name);
  });

  test('a given name after the role noun is still the person’s, the role their title', () => {
    expect(peopleIn('The boats came in late. Fisherman Tom Bakker said the catch was poor.')).toContain('Tom Bakker');
  });
});

test('an astronaut named after the role noun is a person, whatever their given name', () => {
  const people = peopleIn('JAXA (Japan Aerospace Exploration Agency) astronaut Satoshi Furukawa and NASA astronaut Loral O’Hara will welcome the crew.');
  expect(people).toEqual(expect.arrayContaining(['Satoshi Furukawa', 'Loral O’Hara']));
});

describe('styles of address', () => {
  // "Egypt: Lawyer's Arrest in Saudi Arabia Sparks Protests" (Global Voices, development half), as published.
  test('a style of address alone is no one ("Screw You, Royal Highness"), and the person after one is named', () => {
    const people = peopleIn(
      'The hashtag was used for tweets attacking the Saudi king; it can loosely be translated as "Screw You, Royal Highness" [ar].',
      'The ceremony was attended by Her Royal Highness Princess Anne.',
    );
    expect(people).not.toContain('Royal Highness');
    expect(people).toContain('Anne');
  });
});

describe('titles with -designate or -elect, and an Arabic surname without its article', () => {
  // "Readout of the President's Call with Iraqi Prime Minister-designate Haider al-Abadi" (White House, development half).
  test('"Prime Minister-designate Haider al-Abadi … Dr. Abadi" is one person, and the title no one', () => {
    const texts = [
      'Readout of the President’s Call with Iraqi Prime Minister-designate Haider al-Abadi',
      'President Obama called Dr. Haider al-Abadi today to congratulate him on his appointment as the Iraqi Prime Minister-designate.',
      'Dr. Abadi thanked the President for his call and expressed his commitment to form a new government.',
    ];
    const people = findEntities(texts, 0).entities.filter((e) => e.type === 'person');
    expect(people.map((e) => e.name)).toEqual(['Haider al-Abadi', 'Obama']);
    expect(people[0]?.role).toBe('Iraqi Prime Minister-designate');
  });

  test('"President-elect Joe Biden" is Joe Biden', () => {
    expect(peopleIn('President-elect Joe Biden said the transition would go on.')).toEqual(['Joe Biden']);
  });
});

describe('a titled name ending in a place’s head word that is also a surname', () => {
  // Dev article wikinews-nine-jailed-bradford-childrens-home-abuse-2019-03-02; fresh NASA page 618 (public domain).
  test.each([
    ['Judge Durham Hall QC said they "appear not to have shown any respect for the minimum standards of decent behaviour."', 'Durham Hall'],
    ['The day ended with remarks from Sen. Angela Hill of the state legislature.', 'Angela Hill'],
  ])('is a person after the title: %s', (text, name) => {
    expect(peopleIn(text)).toContain(name);
  });

  test('a building after a lower-case noun is still no person', () => {
    expect(peopleIn('The talks were held at the Town Hall on Monday.')).not.toContain('Town Hall');
  });
});

// US Army ARCIC news (public domain, fresh pages): the Army writes its grades in its own capitals before a name.
describe('a US Army grade written as the Army abbreviates it is a title', () => {
  test.each([
    ['By CPT LaRon C. Somerville, Army Capabilities Integration Center', 'LaRon C. Somerville'],
    ['MAJ Kudary from the Brigade Modernization Command lead the effort.', 'Kudary'],
    ['As envisioned by LTG H.R. McMaster, the Director of the Army Capabilities Integration Center, the campaign goes on.', 'H.R. McMaster'],
    ['ARCIC Director LTG Keith Walker met with Canada’s Director of Army Doctrine.', 'Keith Walker'],
  ])('%s', (text, name) => {
    expect(peopleIn(text)).toContain(name);
  });

  test('"Cpt." is no one’s name', () => {
    expect(peopleIn('By Cpt. Tony D. Bowers, BMC Public Affairs, March 2, 2015')).toEqual(['Tony D. Bowers']);
  });
});

describe('a title before the first part of a name given in full before', () => {
  // Wikinews 2019-12-07 (Samoa measles shutdown; a development gold).
  test('"Prime Minister Tuilaepa" is the prime minister named in full before, not a second person', () => {
    const people = peopleIn(
      'Samoan Prime Minister Tuilaepa Sailele Malielegaoi noted on Monday, the fatalities were all unvaccinated.',
      'This included the home of Prime Minister Tuilaepa, who told the press his nephew needed a dose.',
    );
    expect(people).toEqual(['Tuilaepa Sailele Malielegaoi']);
  });

  test('under another title the word is left a name of its own', () => {
    const people = peopleIn(
      'Samoan Prime Minister Tuilaepa Sailele Malielegaoi noted on Monday, the fatalities were all unvaccinated.',
      'Bishop Tuilaepa said the churches would help.',
    );
    expect(people).toContain('Tuilaepa');
  });
});

describe('a commandant', () => {
  // Wikinews 2019-01-28 (bombs kill 20 at Jolo cathedral; a development gold).
  test('"Coast Guard Commandant Admiral Elson Hermogino" is the admiral, the Coast Guard his', () => {
    expect(peopleIn('The Coast Guard has announced an order by Coast Guard Commandant Admiral Elson Hermogino directing Coast Guard units nearby.')).toEqual([
      'Elson Hermogino',
    ]);
  });
});

// gv-south-korea-monks-gambling-scandal-2012-05-15 (CC BY 3.0): a Buddhist monk is titled "Monk" before his name.
test.each([
  ['Back in 2007, Monk Myung-ji made public that the temples have about ten billion Korean Won worth of financial resources.', 'Myung-ji'],
  ['Monk Ja-seong should take full responsibility for this gambling fiasco and resign.', 'Ja-seong'],
])('"Monk" before a name is a title, not part of the name: %s', (text, name) => {
  const people = peopleIn(text);
  expect(people).toContain(name);
  expect(people).not.toContain(`Monk ${name}`);
});

test('"Monk" closing a name after a first name is a surname', () => {
  expect(peopleIn('The composer Meredith Monk performed the piece in 1971.')).toContain('Meredith Monk');
});

// wikinews-benin-nigeria-join-afcfta-2019-07-10 (CC BY 2.5), gv-zambia-judge-suspensions-embarrassing-drama-2012-05-21 (CC BY 3.0)
test.each([
  [
    "African Union (AU) member states met in Niamey, Niger's capital, for an AU summit where on Sunday Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the agreement.",
    'Muhammadu Buhari',
  ],
  ['Upon hearing counsel for the applicants and reading the affidavits of Judges Mutuna and Kajimanga respectively, it is hereby ordered.', 'Mutuna'],
])('a title in the plural before names is the title of each: %s', (text, name) => {
  expect(peopleIn(text)).toContain(name);
});

// gv-zambia-judge-suspensions-embarrassing-drama-2012-05-21 (CC BY 3.0)
test('the second name after a title in the plural is a person too', () => {
  expect(
    peopleIn('Upon hearing counsel for the applicants and reading the affidavits of Judges Mutuna and Kajimanga respectively, it is hereby ordered.'),
  ).toContain('Kajimanga');
});

// usgov-nasa-remembering-james-dean-art-program (development half).
test('three words qualifying a title before a given name no list knows, a middle initial and a surname: the person', () => {
  expect(
    peopleIn(
      'In March 1962, NASA Administrator James Webb addressed a two-paragraph memorandum to NASA Public Affairs Director Hiden T. Cox about the possibility of bringing in artists to highlight the agency’s achievements in a new way.',
    ),
  ).toEqual(['James Webb', 'Hiden T. Cox']);
});

// wikinews-samoa-measles-vaccination-shutdown (development half).
test('a title before the first part of a full name gives the person that part as a name they go by', () => {
  const found = findEntities(
    [
      'Samoa shuts down government for measles vaccination drive',
      'Samoan Prime Minister Tuilaepa Sailele Malielegaoi noted on Monday, the fatalities were all unvaccinated.',
      'This included the home of Prime Minister Tuilaepa, who told the press his nephew needed a dose.',
    ],
    0,
  ).entities.filter((e) => e.type === 'person');
  expect(found.map((e) => [e.name, [...e.aliases], e.mentions.length])).toEqual([['Tuilaepa Sailele Malielegaoi', ['Tuilaepa'], 2]]);
});

// English Wikinews, "Bishop Emeritus Dinualdo Gutierrez of Marbel, Philippines dies", 2019-02-11, CC BY 2.5 (fresh text, no gold).
test('"the Gen. Santos Doctors\' Hospital" names a hospital, not a General "Santos Doctors"', () => {
  const found = findEntities(
    [
      'Bishop Emeritus Dinualdo Gutierrez dies',
      'In a statement, the current bishop, Allan Casicas, said, "It is with great sadness that I announce the death of Most Rev. Dinualdo Gutierrez, Bishop-Emeritus of Marbel. He passed away 5:03 AM, February 10, 2019, at the Gen. Santos Doctors\' Hospital."',
    ],
    0,
  ).entities.map((e) => `${e.type}:${e.name}`);
  expect(found).not.toContain('person:Santos Doctors');
  expect(found).toContain('person:Allan Casicas');
});

test('a title-case headline\'s clause after a title is no name, and the body\'s "President Mugabe" stays Robert Mugabe (voa-zimbabwe-mutambara-calls-opposition-unity-2007-01-09)', () => {
  const people = findEntities(
    [
      'Zimbabwe Faction Leader Calls For Opposition Unity Against Mugabe',
      'He said the opposition must bring the regime of (President) Robert Mugabe to its knees.',
      'He laid the blame on the ruling party and President Mugabe.',
    ],
    0,
  ).entities.filter((e) => e.type === 'person');
  expect(people.map((e) => e.name)).toEqual(['Robert Mugabe']);
});

// wikinews-kenyan-humanitarian-crisis-deepens-talks-continue-2008-02-07 (Wikinews, CC BY 2.5).
test('an honorific and a surname are one of the names the person goes by: "Mr. Mkapa told reporters"', () => {
  const texts = [
    "Kofi Annan was joined by two other members of the mediation team, South Africa's former first lady Graca Machel and Tanzania's former president Benjamin Mkapa.",
    'Mr. Mkapa told reporters the talks are progressing at a good pace.',
  ];
  const mkapa = findEntities(['Kenyan humanitarian crisis deepens as talks continue', ...texts], 0).entities.find((e) => e.name === 'Benjamin Mkapa');
  expect([...(mkapa?.aliases ?? [])]).toEqual(expect.arrayContaining(['Mr. Mkapa', 'Mkapa']));
});

// A fresh Wikinews page (Zimbabwe, June 2008), measured held out.
describe('a long title with its body, then a given name no list knows', () => {
  test('is a person when the surname stands alone elsewhere: "… for African Affairs Jendayi Frazer … Frazer said"', () => {
    expect(
      peopleIn(
        'US Assistant Secretary of State for African Affairs Jendayi Frazer called on President Thabo Mbeki of South Africa to pressure Mugabe.',
        '"It\'s unbelievable that the government will actually kick out the organizations," Frazer said.',
      ),
    ).toContain('Jendayi Frazer');
  });

  test('is left alone when nothing else names the surname', () => {
    expect(peopleIn('Secretary of State for Health Jendayi Frazer opened the hospital.')).not.toContain('Jendayi Frazer');
  });
});

// usgov-gsa-teen-power-youth-prize-competitions-2016-01-11 (held-out batch of session 55, public domain).
describe('a long title, then a given name no list knows with a middle initial', () => {
  test('"NSF Senior Advisor for Science and Engineering Mihail C. Roco" names Mihail C. Roco', () => {
    const people = peopleIn(
      '“The wonders of nanotechnology are inspiring an increasing number of young students to pursue science and engineering,” said NSF Senior Advisor for Science and Engineering Mihail C. Roco.',
    );
    expect(people).toContain('Mihail C. Roco');
  });

  test('a title ending on a capitalised word and a lone surname makes no name of the title’s last words', () => {
    const people = peopleIn('The NSF Senior Advisor for Science and Engineering Roco spoke.');
    expect(people).not.toContain('Science and Engineering Roco');
  });
});
