import { expect, test } from 'vitest';
import { findEntities } from '../../../../src/core/engine/entities/findEntities';

// commonWordOpenings.ts: a capitalised phrase opened by an ordinary word is no person unless the text treats it as one.
// Sentences quoted exactly from the development half of tests/fixtures/real (article ids in each test).

const peopleIn = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

// wikinews-iranian-news-agency-reproduces-the-onion-article-2012-09-29
test('a Wikinews "See …" link to an update is no person', () => {
  expect(peopleIn('This story has updates See Iranian news agency apologises for reproducing The Onion article, October 1, 2012')).not.toContain('See Iranian');
});

// gv-bangladesh-bloggers-march-journalist-couple-2012-05-16
test("a compass word opening a neighbourhood's name makes no person of it, and the people beside it stay", () => {
  const people = peopleIn(
    'Three months have passed since the murder of the journalist couple Sagar Sarwar and his wife Meherun Runi. Till date, the police have been unsuccessful in discovering any clues or leads that would help them to solve the case. In the early hours of 11 February, 2012, the couple was found brutally murdered in their West Rajabajar apartment in Dhaka.',
  );
  expect(people).not.toContain('West Rajabajar');
  expect(people).toContain('Meherun Runi');
});

// voa-cambodia-election-monitor-hello-voa-2007-04-23
test('the adjective of a body\'s name ("Free and Fair Elections") opens no person, and the body\'s director stays one', () => {
  const people = peopleIn(
    'Koul Panha, executive director for the Committee for Free and Fair Elections, told "Hello VOA" listeners Monday that people unhappy with the results from this month\'s commune election should not be afraid to speak up.',
  );
  expect(people).not.toContain('Fair Elections');
  expect(people).toContain('Koul Panha');
});

// wikinews-egyptian-military-issues-ultimatum-morsi-2013-07-01
test('"Late Sunday" opening a sentence is a time, no person', () => {
  expect(
    peopleIn(
      'Late Sunday, the National Salvation Front released a statement telling protesters to "maintain their peaceful [rallies] in all the squares and streets and villages and hamlets of the country... until the last of this dictatorial regime falls" and stated that this has "confirmed the downfall of the regime of Mohamed Morsi and the Muslim Brotherhood".',
    ),
  ).not.toContain('Late Sunday');
});

// wikinews-30-dead-baghdad-bomb-blasts-2010-04-04: "said" is everywhere in lower case, but "mohammed" nowhere, so the
// witness's given name, a word too, still opens a person's name.
test('a given name the article also writes as a word stays a person when the rest of the name is no word ("Said Mohammed")', () => {
  expect(
    peopleIn(
      'Said Mohammed, a witness of the blast near the Egyptian embassy, said guards had made an attempt to stop the bomber. "Three security guards shouted at the truck to stop moving, and opened fire on the driver," said he.',
    ),
  ).toContain('Said Mohammed');
});
