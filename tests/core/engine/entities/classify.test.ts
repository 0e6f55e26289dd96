import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/core/engine/analyze';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { classify } from '../../../../src/core/engine/entities/classify';

// classify.ts: names of outlets and airlines that carry no body head at their end. Sentences from fresh Wikinews
// articles (CC BY 2.5, 2019–2020), in neither half of tests/fixtures/real.

const typeOf = (name: string, ...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0).entities.find((e) => e.name === name)?.type ?? null;

// knownOrgs.ts: web services and foundations whose two words read like a given name and a surname. Development-half
// sentences: gv-china-beijing-daily-gary-locke-propaganda-2012-05-15, gv-kenya-payinterns-twitter-debate-2012-05-14,
// wikinews-github-blocks-youtube-dl-riaa-dmca-notice-2020-10-26.
test.each([
  ['The latest round of attack by Beijing Daily came through its official Sina Weibo account on May 14.', 'Sina Weibo'],
  ['@tkb: @kainvestor @Worldbank inviting users to wiki is same as @Wikipedia who don’t #payinterns', 'Wikipedia'],
  ['Some of the tests include checking if the script can download Creative Commons licensed videos.', 'Creative Commons'],
])('a web service or a foundation known by name is no person: %s', (text, name) => {
  expect(typeOf(name, text)).not.toBe('person');
});

describe('an airline or a news outlet named without a head word at its end is no person', () => {
  test.each([
    ['Yesterday, an Air India Express passenger flight attempted a landing at Calicut International Airport.', 'Air India Express'],
    ['Officials said the Lion Air jet came down last October.', 'Lion Air'],
    ['Expressions of condolences have come from social media users, Sky News Arabia producer Jamal al-Harbi, and al-Eryani.', 'Sky News Arabia'],
    ['Business Insider reported that the rocket strikes were carried out by sympathizers of the PMF.', 'Business Insider'],
    ['Local officials said 24 people have been hospitalised, but Agence France-Presse reported as many as 32 hospitalised.', 'Agence France-Presse'],
    ['Gazeta Prawna reports only 0.5% of Polish grocery turnover comes from this segment.', 'Gazeta Prawna'],
    ["National LGBT news source Daily Xtra's editorial director, Rachel Giese, said she felt the pleas might provide some solace.", 'Daily Xtra'],
  ])('%s', (text, name) => {
    expect(typeOf(name, text)).toBe('organization');
  });

  test.each([
    // wikinews-iranian-cargo-plane-crashes-into-karaj-houses-2019-01-15 (development half).
    [
      "The Centre for Aviation's database of air carriers lists Saha as belonging to the Air Force and states it runs flights with Boeing 707s and Airbus A300s, but uses Boeing 747s for freight.",
      'Centre for Aviation',
    ],
    // https://en.wikinews.org/wiki/Report_indicates_Mexican_monarch_butterfly_population_at_ten-year_high,_reasons_unclear
    [
      'The Center for Biological Diversity announced on Wednesday the monarch butterfly population counted over-wintering in Mexico was 144% greater than last year, with the highest overall population since the winter of 2006–2007.',
      'Center for Biological Diversity',
    ],
  ])('a centre "for" a cause or a field is a body: %s', (text, name) => {
    expect(typeOf(name, text)).toBe('organization');
  });

  test.each([
    // wikinews-hackers-attack-scientology-website-2008-01-20 (development half).
    [
      "Though YouTube is complying with the Church of Scientology's requests to take down the video, other sites such as Gawker.com have stated that they will keep hosting the video.",
      'Gawker.com',
    ],
    // https://en.wikinews.org/wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead
    ["Znak.com further reported its source said that apartment's tenant moved in the day before the blast.", 'Znak.com'],
  ])('a website named by its domain is a body: %s', (text, name) => {
    expect(typeOf(name, text)).toBe('organization');
  });

  test('the producer named after the outlet stays a person', () => {
    expect(
      typeOf('Jamal al-Harbi', 'Expressions of condolences have come from social media users, Sky News Arabia producer Jamal al-Harbi, and al-Eryani.'),
    ).toBe('person');
  });

  // NASA news: "Air" inside a longer name is no head word that cuts it, so no piece of it is made a person.
  test('a name with "Air" inside it is not cut into a person', () => {
    const people = findEntities([
      'A headline about the news',
      'The U.S. Navy established the Navy Fighter Weapons School at Naval Air Station Miramar in California.',
    ]).entities.filter((e) => e.type === 'person');
    expect(people).toEqual([]);
  });
});

// NASA news (public domain): space companies of two words, each of which a person's name could hold, are no people.
describe('a space company named by two name-like words is an organisation, not a person', () => {
  test.each([
    ['Commercial companies in attendance included Axiom Space, Blue Origin, and others.', 'Blue Origin'],
    [
      'The 12-test series represents a key step for lead engines contractor Aerojet Rocketdyne, an L3Harris Technologies company, to build new RS-25 engines.',
      'Aerojet Rocketdyne',
    ],
    ['Overview for NASA’s Northrop Grumman 20th Commercial Resupply Mission', 'Northrop Grumman'],
    ['GOES-U spacecraft rendering. The spacecraft was built by Lockheed Martin in Colorado.', 'Lockheed Martin'],
  ])('%s', (text, name) => {
    expect(typeOf(name, text)).toBe('organization');
  });

  test('a craft named after the company that builds it is no person: "A Northrop Grumman Cygnus approaches"', () => {
    const text = 'A Northrop Grumman Cygnus approaches the International Space Station as they orbit above the south Pacific Ocean.';
    expect(typeOf('Northrop Grumman Cygnus', text)).toBe('organization');
  });
});

test('a reported claim "according to" the agency is the agency’s (wn-2019-10-05 Paris police headquarters)', () => {
  const article = analyzeArticle(
    [
      'Four stabbed to death at Paris police headquarters',
      '',
      'According to Agence France-Presse, which cited sources close to the investigation, the man had converted to Islam a year-and-a-half ago.',
    ].join('\n'),
  );
  const agency = article.entities.find((e) => e.name === 'Agence France-Presse');
  expect(agency?.type).toBe('organization');
  const quote = article.paragraphs.flatMap((p) => p.quotes).find((q) => q.text.includes('converted to Islam'));
  expect(quote?.speakerId).toBe(agency?.id);
});

// Wikinews, "Wikinews interviews Phil Collins, U.S. Prohibition Party presidential nominee", 2020-10-22, CC BY 2.5
// (fresh page, in neither half of tests/fixtures/real).
test('a state named alone is a place, whatever the pronoun after it votes', () => {
  expect(typeOf('Nevada', 'Phil Collins was chairman of the party in Illinois. After moving to Nevada, he ran for Mayor of Las Vegas in 2019.')).toBe('place');
  expect(typeOf('Illinois', 'Phil Collins was chairman of the party in Illinois. After moving to Nevada, he ran for Mayor of Las Vegas in 2019.')).toBe(
    'place',
  );
});

// digital.gov "Making customer satisfaction data actionable at Peace Corps", 2018-01-16, and "Two complementary teams
// with the same goal", 2019-05-07 (public domain; fresh pages, in neither half of tests/fixtures/real).
test('a corps is an organisation, never a person', () => {
  expect(classify('Peace Corps', ['Peace', 'Corps'])).toBe('organization');
  expect(classify('Marine Corps', ['Marine', 'Corps'])).toBe('organization');
  expect(typeOf('Peace Corps', 'Volunteers who served with the Peace Corps rated the agency highly.')).not.toBe('person');
});

describe('outlets named by a known name', () => {
  // "Aftershocks increase death toll of magnitude 6.3 earthquake", fresh Wikinews 2019-10-22; "Dozens dead in
  // California boat fire", 2019-09-04.
  test('a known outlet and a country is that outlet’s edition ("CNN Philippines")', () => {
    expect(classify('CNN Philippines', ['CNN', 'Philippines'])).toBe('organization');
  });

  test('"USA Today" is an outlet', () => {
    expect(typeOf('USA Today', 'Both companies have been in operation since the 1970s according to USA Today.')).toBe('organization');
  });
});

describe('a newspaper named after its place', () => {
  // "US Representative Elijah Cummings dies at age 68", fresh Wikinews 2019-10-18; "Aftershocks increase death toll of
  // magnitude 6.3 earthquake", 2019-10-22.
  test('"The Baltimore Sun" after Baltimore is a newspaper, not a person', () => {
    const texts = [
      'Elijah Eugene Cummings, first elected to Congress in 1996, was born in Baltimore, Maryland, in 1951.',
      'The Baltimore Sun reported Cummings had been sick and was missing from Capitol Hill.',
    ];
    expect(typeOf('Baltimore Sun', ...texts)).toBe('organization');
  });

  test('a place the lexicon knows and a paper’s head word is a newspaper ("Manila Bulletin")', () => {
    expect(classify('Manila Bulletin', ['Manila', 'Bulletin'])).toBe('organization');
  });

  test('the time a paper comes out and its head word name a newspaper ("North Bank Evening Standard", gv-nigeria-rashidi-yekini-obituary)', () => {
    expect(typeOf('North Bank Evening Standard', 'The North Bank Evening Standard from the Gambia also shared highlights of his career:')).toBe('organization');
    expect(classify('Sunday Mirror', ['Sunday', 'Mirror'])).toBe('organization');
  });

  test('a first name before the head word is still a person’s ("Lisa Sun said")', () => {
    expect(typeOf('Lisa Sun', 'Lisa Sun said the talks had failed.')).toBe('person');
  });
});

describe('the blog network Global Voices', () => {
  // Global Voices post 29 (2004, CC BY 3.0), fresh.
  test('is an organisation, not a person', () => {
    const text = "I've just added a section, inviting people to talk about projects they're working on connected to Global Voices, or to propose new projects.";
    expect(typeOf('Global Voices', text)).toBe('organization');
  });
});

// Global Voices, Kenya, May 2012 (development half): a news site whose name ends in "Wire", introducing its post.
test('a news site named "… Wire" is an organisation ("Nairobi Wire noted that …")', () => {
  expect(typeOf('Nairobi Wire', 'Nairobi Wire noted that companies in Kenya paying interns are the minority:')).toBe('organization');
});

// Wikinews, "Second US Biden-Trump debate cancelled amid safety controversy" (October 2020) and "WHO names new
// coronavirus COVID-19" (February 2020, development half), CC BY 2.5.
describe('a body named by its head, "on" and its field', () => {
  test.each([
    [
      'The United States Commission on Presidential Debates announced on Friday the second presidential debate has been cancelled.',
      'United States Commission on Presidential Debates',
    ],
    ['The International Committee on Taxonomy of Viruses named the virus itself.', 'International Committee on Taxonomy of Viruses'],
  ])('%s', (text, name) => {
    expect(typeOf(name, text)).toBe('organization');
  });

  test('"the commission said" is the commission the text named', () => {
    const article = analyzeArticle(
      [
        'Second US Biden-Trump debate cancelled amid safety controversy',
        'The United States Commission on Presidential Debates announced on Friday the second presidential debate between US President Donald Trump and former US Vice President Joe Biden, which was slated for October 15, has been cancelled, citing COVID-19 safety concerns.',
        'In an official statement, the commission said, "On October 8, CPD announced that for the health and safety of all involved, the second presidential debate, scheduled for October 15 in Miami, would be conducted virtually."',
      ].join('\n\n'),
      { publishedOn: '2020-10-10' },
    );
    const byId = new Map(article.entities.map((e) => [e.id, e.name]));
    const quote = article.paragraphs.flatMap((p) => p.quotes).find((q) => q.text.startsWith('On October 8'));
    expect(byId.get(quote?.speakerId ?? '')).toBe('United States Commission on Presidential Debates');
  });

  test('a place it is posted on is no field: "NASA Art Program on the NASA History Flickr"', () => {
    expect(classify('NASA Art Program on the NASA History Flickr', ['NASA', 'Art', 'Program', 'on', 'the', 'NASA', 'History', 'Flickr'])).toBeNull();
  });
});

// wikinews-opposition-calls-mass-protests-bahrain-2012-02-12, wikinews-james-gunn-fired-marvel-studios-offensive-tweets-2018-07-21.
test.each([
  ['In an interview with Der Spiegel, King Hamad bin Isa Al Khalifa denied that there was an opposition in his country.', 'Der Spiegel'],
  ["In a statement, Walt Disney Studios' Chairman Alan Horn said the tweets were indefensible.", 'Walt Disney Studios'],
])('a paper a German article opens, a film studio a first name opens, are organisations: %s', (text, name) => {
  expect(typeOf(name, text)).toBe('organization');
});

// wikinews-egypt-army-will-not-use-force-mubarak-cabinet-2011-01-29 (Wikinews, CC BY 2.5, development half).
test('"Al-Jazeera", a known outlet written with a hyphen, is that organisation and speaks', () => {
  const text =
    'Egyptian officials yesterday ordered the satellite channel to stop broadcasting in the country. Al-Jazeera said they were "appalled" by the government\'s decision to close its Egyptian offices.';
  expect(typeOf('Al-Jazeera', text)).toBe('organization');
  const article = analyzeArticle(['Egypt protests', text].join('\n\n'), { publishedOn: '2011-01-29' });
  const speaker = article.paragraphs[0]?.quotes.find((q) => q.text === 'appalled')?.speakerId;
  expect(article.entities.find((e) => e.id === speaker)?.name).toBe('Al-Jazeera');
});

test('a hyphenated name the list does not hold is not made an organisation by its hyphen', () => {
  expect(classify('Jean-Pierre', ['Jean-Pierre'])).not.toBe('organization');
});

// morePlaces.ts: "DC" after "Washington," is the district, not an acronym's body. Wikinews, "US astronomers announce
// discovering ten tiny Jovian satellites" (2018-07-19, CC BY 2.5), fresh text read through AMALGUM (AMALGUM_news_satellites);
// usgov-gsa-opm-alert-push-notifications-2016-02-23 (dev half).
describe('"Washington, DC" names a place, so the district never speaks', () => {
  const SATELLITES =
    'On Tuesday, astronomers of the Carnegie Institution for Science in Washington, DC, United States, announced the discovery of ten small satellites orbiting Jupiter.';

  test('"DC" by itself is a place', () => {
    expect(classify('DC', ['DC'])).toBe('place');
    expect(typeOf('DC', SATELLITES)).toBe('place');
  });

  test('"in Washington, DC, United States, announced …": the announcement is not given to "DC"', () => {
    const article = analyzeArticle(['US astronomers announce discovering ten tiny Jovian satellites', SATELLITES].join('\n\n'), { publishedOn: '2018-07-19' });
    const speakers = article.paragraphs.flatMap((p) => p.quotes).map((q) => article.entities.find((e) => e.id === q.speakerId)?.name ?? null);
    expect(speakers).not.toContain('DC');
  });

  test('a dev sentence: "federal offices in the Washington, DC, area"', () => {
    const text =
      'The Office of Personnel Management’s OPM Alert app provides a real time look at the current operating status for federal offices in the Washington, DC, area and uses push technology to alert users of status changes.';
    expect(typeOf('DC', text)).toBe('place');
  });
});

// Wikinews (CC BY 2.5), development half: wikinews-no-casualties-missile-strike-iraqi-air-base-2019-11-10.
describe('a task force named by its operation', () => {
  const FORCE =
    'On Friday, the Combined Joint Task Force Operation Inherent Resolve released a statement saying an attack that day on an Iraqi air base housing U.S. military personnel near Mosul produced no casualties.';
  const STATEMENT =
    'A spokesperson told the Military Times the attack took place at about 7:45 p.m. "No Coalition troops were injured. We appreciate the Iraqi Security Forces immediate response and investigation. Coalition forces are in Iraq at the invitation of the Government of Iraq to defeat ISIS remnants;" read the statement; "we will not be deterred by these attacks and maintain the right to defend ourselves."';
  const NAME = 'Combined Joint Task Force Operation Inherent Resolve';

  test('"Combined Joint Task Force Operation Inherent Resolve" is one organisation, not cut before "Operation"', () => {
    expect(classify(NAME, NAME.split(' '))).toBe('organization');
    expect(typeOf(NAME, FORCE)).toBe('organization');
    expect(typeOf('Combined Joint Task Force', FORCE)).toBeNull();
  });

  test('the statement it released speaks in the whole name', () => {
    const article = analyzeArticle(['No casualties in missile strike on Iraqi air base', FORCE, STATEMENT].join('\n\n'), { publishedOn: '2019-11-10' });
    const speakers = article.paragraphs
      .flatMap((p) => p.quotes)
      .filter((q) => q.kind === 'direct')
      .map((q) => article.entities.find((e) => e.id === q.speakerId)?.name);
    expect(speakers).toEqual([NAME, NAME]);
  });
});
