import { expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/openingAccording.ts: a colon sentence that opens "According to X," credits the clause to X and sets off X's
// own words after it (Global Voices, development half).

test("a tweet after 'According to Daniel Gershenson [es] (@alconsumidor), the police made threats:' is his (gv-mexico-bike-ride-protest-supervia-2012-05-01)", () => {
  const article = analyze(
    'Mexico: Bike Ride Protest Clashes With Local Government',
    'According to\u00a0Daniel Gershenson [es] (@alconsumidor), the police made threats:',
    'Después de la melée (donde un policía incluso amenazó con "llamar a granaderos"), prosigue Rodada #FleshandConcrete hacia L Cabrera [Avenida al sur de la ciudad de México]',
    'After the melée (in which a policeman even threatened to "call the riot police"), the #FleshandConcrete bike ride continues towards L Cabrera [Avenue to the south of Mexico City]',
  );
  expect(attribution(article, 'Después de la melée').speaker).toBe('Daniel Gershenson');
  expect(attribution(article, 'After the melée').speaker).toBe('Daniel Gershenson');
});

test('a source described by a relative clause still speaks after the colon (gv-greece-police-violence-immigrants-2012-05-12)', () => {
  const article = analyze(
    'Greece: Police Violence Against Immigrants Caught on Video',
    'According to film director Nikos Soulis, who recorded the incident, the man was burning garbage, endangering the cars parked beside them:',
    'We saw him set the bags alight and then the police arrived on motorbikes.',
  );
  expect(attribution(article, 'We saw him').speaker).toBe('Nikos Soulis');
});

test('a credited clause with its own speech verb sets off that speaker, so the source is not given the words', () => {
  const article = analyze(
    'Protest in the capital',
    'According to Daniel Gershenson, one officer told the cyclists:',
    'You will all be arrested if you ride on the second level.',
  );
  expect(attribution(article, 'You will all').speaker).not.toBe('Daniel Gershenson');
});

// The opening of gv-mexico-bike-ride-protest-supervia-2012-05-01 with clauses that name whose the words after the colon
// are: a message, a statement, an answer, a banner, or a named person speaking them.
test.each([
  ['the banner carried by the officers read:', 'Nobody rides on the second level of the Supervia.'],
  ["the mayor's answer was short:", 'We respect the right to protest but the highway is not for bicycles.'],
  ["the ministry's statement was as follows:", 'The government will not negotiate with the cyclists.'],
  ['police chief Manuel Mondragón had this message:', 'Let them ride wherever they like tomorrow.'],
  ['police chief Manuel Mondragón only laughed:', 'Let them ride wherever they like tomorrow.'],
])("'According to Daniel Gershenson, %s' gives the words after it to no source it merely reports them from", (clause, words) => {
  const article = analyze('Mexico: Bike Ride Protest Clashes With Local Government', `According to Daniel Gershenson, ${clause}`, words);
  const source = article.entities.find((e) => e.name === 'Daniel Gershenson')?.id;
  const speakers = quotesOf(article)
    .filter((q) => q.text.startsWith(words.slice(0, 20)))
    .map((q) => q.speakerId);
  expect(source === undefined || !speakers.includes(source)).toBe(true);
});

test.each([
  ['According to NASA, the mission has three main goals:', 'Measure ocean heat content across the tropics.'],
  ['According to Phivolcs, the results were as follows:', 'Magnitude 6.3 at a depth of 10 kilometres.'],
])("'%s' sets off the writer's list, no one's quote", (lead, item) => {
  const article = analyze('NASA Launches Climate Satellite', lead, item);
  expect(quotesOf(article).filter((q) => q.text.startsWith(item.slice(0, 20)))).toEqual([]);
});
