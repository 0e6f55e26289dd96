import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { firstNameGender, isFirstName } from '../../../../src/core/engine/lexicon/firstNames';
import { analyze, attribution } from '../attribution/helpers';

// firstNames.ts: the lists are written in plain letters; news copy keeps a name's accents.

test('a first name written with its accents is the listed name', () => {
  expect(['José', 'María', 'Björn', 'Nicolás', 'Hélène', 'Frédéric', 'Antonín'].filter((w) => !isFirstName(w))).toEqual([]);
  expect(firstNameGender('María')).toBe('female');
  expect(firstNameGender('José')).toBe('male');
});

test('accents do not make a common word a first name', () => {
  expect(['Éireann', 'Señor', 'Città'].filter((w) => isFirstName(w))).toEqual([]);
});

// Fresh English Wikinews pages (CC BY 2.5), in neither half of tests/fixtures/real.
test('an accented first name makes the run a person ("José Ortiz of the island\'s power authority said")', () => {
  const people = findEntities(
    [
      'Seismic activity continues to shake Puerto Rico',
      "José Ortiz of the island's power authority said fixing the island's largest power plant, which was damaged by the quake, may take a year.",
    ],
    0,
  ).entities.filter((e) => e.type === 'person');
  expect(people.map((p) => p.name)).toEqual(['José Ortiz']);
});

test('"led by Björn Benneke"', () => {
  const people = findEntities(
    [
      'Astronomers find water vapour in atmosphere of exoplanet',
      "The Montreal team, led by Björn Benneke, used data from the NASA's Hubble telescope to assess changes in the light.",
    ],
    0,
  ).entities.filter((e) => e.type === 'person');
  expect(people.map((p) => p.name)).toEqual(['Björn Benneke']);
});

// gv-russia-violence-opposition-debate-tactics-2012-05-07 (development half): a Russian given name the English lists lack.
test('a Russian given name set off after a description makes the run a person ("favorite of Navalny\'s, Vladislav Naganov,")', () => {
  const people = findEntities(
    [
      'Russia: Violence at Opposition Rally',
      'Oppositionist blogger and favorite of Navalny\'s, Vladislav Naganov, exceeded his own typically alarmist tone when he titled his most recent blog post [ru], "This Is War," comparing yesterday\'s clashes to the Nazi invasion of the USSR in 1941.',
    ],
    0,
  ).entities.filter((e) => e.type === 'person');
  expect(people.map((p) => p.name)).toEqual(['Vladislav Naganov']);
});

// Global Voices, "Pakistan: Saadat Hasan Manto Lives On", 2012-05 (development half).
test('an Urdu given name before a listed one opens the name ("Nazir Ahmed Minto comments:")', () => {
  const people = findEntities(
    [
      'Pakistan: Saadat Hasan Manto Lives On',
      'Manto was never frightened from expressing his thoughts. He had to go to court for his writings. But, Manto only wrote what he saw.  Nazir Ahmed Minto comments:',
    ],
    0,
  ).entities.filter((e) => e.type === 'person');
  expect(people.map((p) => p.name)).toContain('Nazir Ahmed Minto');
});

// "Jordan: Campaign Against Rape Marriage Law" and "Lebanon: Homophobic Article in University Newspaper", Global Voices
// (CC BY 3.0), development half.
test('an Arabic given name opens the name before "Abdel" and makes a lone appositive name a person\'s', () => {
  const people = (text: string) =>
    findEntities(['A headline about the news', text], 0)
      .entities.filter((e) => e.type === 'person')
      .map((e) => e.name);
  expect(people("Hadeel Abdel Aziz, Executive Director of Jordan's Justice Center for Legal Aid affirmed:")).toEqual(['Hadeel Abdel Aziz']);
  expect(people("Outlook's Editor-in-chief, Lojine Kamel did apologize, as did AUB's Dean of Student Affairs, Talal Nizameddin.")).toContain(
    'Talal Nizameddin',
  );
});

// wikinews-seven-dead-french-helicopter-crash-gabon-2009-01-18.
test('"Claude", "Camille", "Daniele" tell no sex: French and Italian news gives them to men', () => {
  for (const name of ['Claude', 'Camille', 'Daniele']) expect(firstNameGender(name), name).toBeNull();
  expect(firstNameGender('Claudia')).toBe('female');
});

// gv-egypt-bloggers-react-obama-cairo-speech-2009-06-06 (held out, session 53): Adel al-Jubeir, Adel Emam.
test('"Adel" tells no sex: the English list gives it to women, news from the Arab world to men', () => {
  expect(firstNameGender('Adel')).toBeNull();
  expect(firstNameGender('Adele')).toBe('female');
});

// gv-russia-runet-tomatoes-tusovki-2012-05-18 (development half, session 58): Andrei Morozov; Valery Kalnysh, Valery Tsapkala.
test('"Andrei" and "Valery" tell no sex: the English list gives them to women, news from Russia and Ukraine to men', () => {
  for (const name of ['Andrei', 'Valery']) expect(firstNameGender(name), name).toBeNull();
  expect(firstNameGender('Irina')).toBe('female');
});

test('"He had always claimed that …" after a paragraph about Andrei Morozov is Morozov\'s claim', () => {
  const article = analyze(
    'Russia: Tomatoes and Tusovki',
    'Bearing this in mind, it is perhaps fitting that the man who last Sunday threw tomatoes at Ilya Yashin and journalist/writer Yulia Latynina was a man who did precisely the same thing seven years ago. Andrei Morozov (also known as "Murz," who blogs at kenigtiger), wearing the same jacket he had on seven years earlier, approached a crowd of OccupyAbai protestors during the “Control Stroll” rally.',
    'In the meantime, Morozov showed up at another Oborona action, and this time gifted Yashin the tomatoes, rather than throwing them.',
    'In 2007, Morozov did something even crazier than usual. He had always claimed that his "tomato terrorism" was equal opportunity; that rather than singling out the liberal opposition in his actions, they just happened to be in the way.',
  );
  expect(attribution(article, 'his "tomato terrorism" was equal opportunity').speaker).toBe('Andrei Morozov');
});

test('"…," said General Claude Reglat, … "…," he added.` goes on with Reglat', () => {
  const article = analyze(
    'Seven dead in French helicopter crash off Gabon',
    'Morin viewed rescue efforts on La Foudre, and visited friends and relatives of the missing at Camp DeGaulle. The French soldiers were "permanent personnel in Gabon who knew the region well," said General Claude Reglat, Gabon commander of French forces. "The six others were commandos who had arrived from the French army\'s elite 13th Regiment of Dragon Paratroopers. We have expressed our compassion and solidarity to the families," he added.',
  );
  expect(attribution(article, 'The six others were commandos').speaker).toBe('Claude Reglat');
});

// Development half: a full name in a list or an appositive, whose given name the lists lacked, was no one.
test.each([
  // wikinews-nobel-prize-physics-2019-winners-2019-10-10
  ['The prize was shared between James Peebles and the duo of Didier Queloz and Michel Mayor.', 'Didier Queloz'],
  // wikinews-french-journalists-claim-gaddafi-promised-sarkozy-campaign-2012-04-29
  ['The document states as present Sarkozy ally Brice Hortefeux and arms dealer Ziad Takieddine.', 'Ziad Takieddine'],
  // wikinews-romanian-government-asks-kidnappers-release-journalist-2005-04-30
  ['Only the Council and the Romanian President, Traian Băsescu, have the right to decide on military withdrawal from Iraq.', 'Traian Băsescu'],
  // wikinews-amnesty-international-iran-free-journalists-2009-06-28
  ['Maziar Bahari of Newsweek was arrested on June 21.', 'Maziar Bahari'],
  // wikinews-national-diet-law-akihito-abdicate-2017-06-10
  ['In 2005, Sayako married a commoner Yoshiki Kuroda, a town planner.', 'Yoshiki Kuroda'],
])('a given name common in international news makes the pair a person: %s', (text, name) => {
  const people = findEntities(['A headline', text], 0).entities.filter((e) => e.type === 'person');
  expect(people.map((p) => p.name)).toContain(name);
});

test('a place named after someone with a newly listed given name stays a place', () => {
  const entities = findEntities(['A headline', 'Flights from Traian Vuia International Airport resumed on Monday.'], 0).entities;
  expect(entities.map((e) => `${e.type}:${e.name}`)).toEqual(['place:Traian Vuia International Airport']);
});
