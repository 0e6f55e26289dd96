import { expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/core/engine/analyze';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// Sentences from fresh NASA and GSA pages (public domain), in neither half of tests/fixtures/real.
const entitiesIn = (...texts: Array<string>) => findEntities(['A headline about the news', ...texts], 0).entities;

test.each([
  ['Deputy Project Manager Tim Larson and Project Manager Jordan Evans were on the clean room floor.', 'Jordan Evans', 'Project Manager Jordan Evans'],
  ['Flight Engineer Tracy Dyson and Mission Specialist Jeanette Epps boarded the spacecraft.', 'Jeanette Epps', 'Mission Specialist Jeanette Epps'],
  [
    'U.S. Department of State Deputy Assistant Secretary Kevin Sullivan opened the meeting.',
    'Kevin Sullivan',
    'U.S. Department of State Deputy Assistant Secretary Kevin Sullivan',
  ],
  ['Remarks came from Texas A&M University System Chancellor John Sharp.', 'John Sharp', 'University System Chancellor John Sharp'],
])('a formal title whose qualifier names a body, capitalised before a name, makes the name a person: %s', (text, person, notPerson) => {
  const entities = entitiesIn(text);
  expect(entities.find((e) => e.name === person)).toMatchObject({ type: 'person' });
  expect(entities.some((e) => e.name.endsWith(notPerson))).toBe(false);
});

test('the words before the name are the person’s role', () => {
  const evans = entitiesIn('Project Manager Jordan Evans spoke first.').find((e) => e.name === 'Jordan Evans');
  expect(evans?.role).toBe('Project Manager');
});

test.each([
  ['The Mission Specialist Training Facility opened in June.', 'Mission Specialist Training Facility'],
  ['She studied at George Washington University before joining NASA.', 'George Washington University'],
])('a body whose name holds a role noun or a first name stays a body: %s', (text, name) => {
  expect(entitiesIn(text).find((e) => e.name === name)?.type).not.toBe('person');
});

// NASA, "NASA Shows Off Europa Clipper Spacecraft", 2024 (public domain).
test('the surname speaking later is the titled person’s, so the quote is theirs', () => {
  const article = analyzeArticle(
    [
      'NASA Shows Off Europa Clipper Spacecraft',
      'Deputy Project Manager Tim Larson and Project Manager Jordan Evans were on the clean room floor.',
      '“After over a decade of hard work and problem-solving, we’re so proud to show the nearly complete Europa Clipper spacecraft to the world,” Evans said.',
    ].join('\n\n'),
  );
  const quote = article.paragraphs.flatMap((p) => p.quotes).find((q) => q.text.startsWith('After over a decade'));
  expect(article.entities.find((e) => e.id === quote?.speakerId)?.name).toBe('Jordan Evans');
});

// Wikinews, "Bystanders foil knife attacker on London Bridge", 2019 (CC BY 2.5), from the development half.
test('a title "of" a known place closes before the name, so the two words after it are a person even with an uncommon first name', () => {
  const article = analyzeArticle(
    [
      'Bystanders foil knife attacker on London Bridge',
      '"I am in awe of the people who ran towards danger to keep us all safe" tweeted Mayor of London Sadiq Khan (no relation). "The bravery of the emergency services and ordinary Londoners is incredible."',
    ].join('\n\n'),
  );
  const khan = article.entities.find((e) => e.name === 'Sadiq Khan');
  expect(khan).toMatchObject({ type: 'person', role: 'Mayor of London' });
  const quote = article.paragraphs.flatMap((p) => p.quotes).find((q) => q.text.startsWith('I am in awe'));
  expect(quote?.speakerId).toBe(khan?.id);
});

test.each([
  ['The Governor of Texas Space Commission met on Monday.', 'Space Commission'],
  ['The Mayor of London Bridge Road said nothing.', 'Bridge Road'],
])('after a title of a place, words that are no name make no person: %s', (text, name) => {
  expect(entitiesIn(text).find((e) => e.name === name)?.type).not.toBe('person');
});

// wikinews-us-secretary-of-defense-rumsfeld-visits-brazil-2005-03-26 (development half), as published: after a title of a
// place, a name of three words whose first the lists lack is the person's whole name.
test('"the President of Colombia Alvaro Uribe Velez" names Alvaro Uribe Velez, with the title as his role', () => {
  const person = entitiesIn(
    "President Lula is scheduled to meet President Hugo Chávez, the President of Colombia Alvaro Uribe Velez and Spain's prime minister, José Luiz Zapatero next Tuesday.",
  ).find((e) => e.name === 'Alvaro Uribe Velez');
  expect(person?.type).toBe('person');
  expect(person?.role).toBe('President of Colombia');
});

// Wikinews, "Bomb in Mokha, Yemen kills photojournalist" (2019-01-30, CC BY 2.5), development half.
test('"stated Minister of Information Moammar al-Eryani" names Moammar al-Eryani: an Arabic surname closes the name after a title of an office', () => {
  const article = analyzeArticle(
    [
      'Bomb in Mokha, Yemen kills photojournalist',
      'The bomb was placed on a motorcycle in a market, stated Minister of Information Moammar al-Eryani, and was left outside a restaurant.',
      'Tamim claimed Houthis have attacked journalists previously. According to al-Eryani, the rebels are backed by Iran.',
    ].join('\n\n'),
  );
  const eryani = article.entities.find((e) => e.name === 'Moammar al-Eryani');
  expect(eryani).toMatchObject({ type: 'person', role: 'Minister of Information' });
  const quote = article.paragraphs.flatMap((p) => p.quotes).find((q) => q.text.startsWith('the rebels are backed'));
  expect(quote?.speakerId).toBe(eryani?.id);
});

test('"the Minister of Information Affairs said" keeps no person: a title of an office names one only before an Arabic surname', () => {
  expect(entitiesIn('The Minister of Information Affairs said the ban would hold.').some((e) => e.type === 'person')).toBe(false);
});

// Wikinews, "Israel publishes travel ban on 20 NGOs over pro-Palestinian boycotts" (January 2018, CC BY 2.5), a fresh
// article of session 45.
test('a government portfolio closes a title as a place does: "Israeli Minister of the Interior Arye Derry" is Arye Derry', () => {
  const derry = entitiesIn('Israeli Minister of the Interior Arye Derry issued a statement.').find((e) => e.type === 'person');
  expect(derry?.name).toBe('Arye Derry');
  expect(entitiesIn('The Minister of the Interior Affairs Bureau spoke.').some((e) => e.name === 'Affairs Bureau')).toBe(false);
});

// Wikinews, "Canadian still faces public beheading in Saudi Arabia" (May 2009, CC BY 2.5), a fresh article of session 45.
test('right before a speech verb, two name-shaped words after a capitalised title are a person though no list knows the given name', () => {
  const hart = entitiesIn('In October 2007, Canadian Public Safety Minister Stockwell Hart said, "We will not actively pursue it."').find(
    (e) => e.type === 'person',
  );
  expect(hart?.name).toBe('Stockwell Hart');
  expect(entitiesIn('Canadian Public Safety Minister Stockwell Hart visited Ottawa.').some((e) => e.name === 'Stockwell Hart')).toBe(false);
  expect(entitiesIn('The Public Safety Minister Meeting Room said nothing.').some((e) => e.type === 'person')).toBe(false);
});
