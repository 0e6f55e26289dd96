import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

const entitiesIn = (...texts: Array<string>) => findEntities(['A headline about the news', ...texts], 0).entities;

test.each([
  // wikinews-military-advisers-libya-photojournalists-killed-misrata-2011-04-20
  ['UN High Commissioner for Human Rights Navi Pillay stated, amidst reports of snipers attacking civilians.', 'Navi Pillay', 'High Commissioner'],
  // gv-zambia-netizens-draft-constitution-2012-05-08
  ['The bank had sued the Director of Public Prosecutions Mutembo Nchito with his lawyer brother.', 'Mutembo Nchito', 'Director of Public Prosecutions'],
  // gv-pakistan-twitter-blocked-weekend-censorship-2012-05-20
  ['Dawn.com quotes Chairman PTA Mohammed Yaseen saying that they tried to negotiate with Twitter.', 'Mohammed Yaseen', 'Chairman PTA'],
  // gv-cuba-bloggers-offended-archbishop-2012-05-02
  [
    'The statements made by his Eminence Cardinal and Archbishop of Havana Jaime Lucas Ortega Alamino during his stay last week.',
    'Jaime Lucas Ortega Alamino',
    'Archbishop of Havana',
  ],
])('a title and what it is of, capitalised before a name, make the name a person: %s', (text, person, role) => {
  const entities = entitiesIn(text);
  const found = entities.find((e) => e.name === person);
  expect(found).toMatchObject({ type: 'person' });
  expect(found?.role).toContain(role);
  expect(entities.some((e) => e.type === 'person' && e.name !== person && e.name.includes(person.split(' ').at(-1) ?? ''))).toBe(false);
});

test.each([
  ['The Minister of Foreign Affairs Office issued a statement on Monday.', 'Office'],
  ['He wrote to the Secretary of State for Foreign and Commonwealth Affairs.', 'Affairs'],
  ['The Chairman of the Joint Chiefs of Staff arrived.', 'Staff'],
])('a title’s complement closing the run stays no person: %s', (text, lastWord) => {
  expect(entitiesIn(text).some((e) => e.type === 'person' && e.name.endsWith(lastWord))).toBe(false);
});

test.each([
  // wikinews-fire-bontddu-hall-kills-one-2020-06-06
  ['The then-manager of Barmouth Publicity and Director of Mid Wales Tourism Partnership, David Clay, called it a retrograde step.', 'Tourism Partnership'],
  // wikinews-us-senate-approves-revised-bailout-package-2008-10-02
  ['Vice President of Taxpayers for Common Sense, Steve Ellis, offered his explanation.', 'Common Sense'],
  // gv-bangladesh-bloggers-march-journalist-couple-2012-05-16
  ['Photos have been uploaded on the We Demand Justice for Sagar-Runi Facebook Page. At the end of the day', 'Facebook Page'],
])('the body a title is of stays no person, whoever holds the title: %s', (text, body) => {
  expect(entitiesIn(text).some((e) => e.type === 'person' && e.name === body)).toBe(false);
});
