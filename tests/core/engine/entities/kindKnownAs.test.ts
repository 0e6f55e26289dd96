import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { namedAsOrganizationKind, roleIsVerbAfterPronoun } from '../../../../src/core/engine/entities/kindKnownAs';

const entitiesIn = (...texts: Array<string>) => findEntities(['A headline about the news', ...texts], 0).entities;

// gv-europe-crisis-anti-immigration-politics-2012-05-10
test('a party the text says is known as a name is that party, no person', () => {
  const entities = entitiesIn(
    "Anti-immigration politics are not limited to France. In Greece, the Neo-Nazi party known as Golden Dawn took advantage of the country's economic crisis.",
  );
  expect(entities.find((e) => e.name === 'Golden Dawn')?.type).toBe('organization');
});

test.each([
  // gv-colombia-bomb-blast-former-minister-londono-2012-05-16, gv-mexico-bike-ride-protest-supervia-2012-05-01,
  // wikinews-renewed-concern-nuclear-response-atomic-bombings-2011-08-07 (the words before the name)
  ['He was accused of irregularities in the purchase of shares in an oil company named ', true],
  ['a civic organisation named ', true],
  ['one such group, called ', true],
  // wikinews-chinese-police-arrest-six-mcdonalds-beating-2014-06-01, as "called" would write it
  ['Another group called ', true],
  ['a website known as "', true],
  // gv-thailand-akong-dies-in-prison-2012-05-12: a person's nickname is no body's
  ['The death of Ampon Tangnopponkul, known locally as "', false],
  ['Neo-Nazi party ', false],
])('a body’s kind and a verb of naming before a name make it the body’s: %s', (before, named) => {
  expect(namedAsOrganizationKind(before)).toBe(named);
});

// gv-israel-mofaz-derided-unity-government-2012-05-09
test('a party a speaker says they will head is no person', () => {
  const entities = entitiesIn(
    'This is a bad and failed government. I will not join Bibi’s government. Not today. Not tomorrow and not after I head Kadima on March 28.',
    'Kadima, a party whose motto may well have been “we go with whoever wins”, joined the coalition.',
  );
  expect(entities.some((e) => e.name === 'Kadima' && e.type === 'person')).toBe(false);
});

test.each([
  ['not after I head ', 'head', true],
  ['we host ', 'host', true],
  ['emergency relief coordinator ', 'coordinator', false],
  ['the party’s head ', 'head', false],
])('a role noun after a subject pronoun is a verb, no role: %s', (before, role, verb) => {
  expect(roleIsVerbAfterPronoun(before, role)).toBe(verb);
});
