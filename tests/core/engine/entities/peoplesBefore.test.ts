import { findEntities } from '../../../../src/core/engine/entities/findEntities';
import { isPeoplesWord, peoplesBeforeName } from '../../../../src/core/engine/entities/peoplesBefore';

// peoplesBefore.ts (read by runs.ts and personNounBefore.ts): a people in the plural before names says who the named
// are and is no part of a name. Sentences from the development half of tests/fixtures/real (Wikinews, CC BY 2.5).

const people = (...texts: Array<string>) =>
  findEntities(['A headline about the news', ...texts], 0)
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name);

// wikinews-kosgei-world-record-chicago-marathon-2019-10-14: no list knows "Dejene", and the run held "Ethiopians".
test('"Ethiopians Dejene Debela": a nationality in the plural before a name opens no name, and says it is a person\'s', () => {
  expect(
    people(
      "Winner of the men's division, Cherono, posted a time of 2:05:45. He was followed closely by Ethiopians Dejene Debela, 2:05:46, and Asefa Mengstu, 2:05:48.",
    ),
  ).toContain('Dejene Debela');
});

// wikinews-travel-to-us-resumes-federal-judge-blocks-executive-order-2017-02-05: "Republicans John McCain" was an organisation.
test('"Republicans John McCain and Lindsey Graham": a party\'s members in the plural before a name', () => {
  expect(
    people(
      'Other politicians, such as Republicans John McCain and Lindsey Graham, expressed concern this order could create tension with Muslim-majority countries.',
    ),
  ).toEqual(expect.arrayContaining(['John McCain', 'Lindsey Graham']));
});

// wikinews-kosgei-world-record-chicago-marathon-2019-10-14: a companion's noun (`lexicon/companionNouns.ts`) before the name.
test('"Kosgei\'s countryman Eliud Kipchoge": one of the same country named after the noun is a person', () => {
  expect(
    people(
      "Just the previous day, Kosgei's countryman Eliud Kipchoge became the first person to run a marathon in under two hours, setting the mark in Vienna, Austria at a special event.",
    ),
  ).toContain('Eliud Kipchoge');
});

test("a people in the plural is a nationality's plural or a party's members, not a nationality or a plural that is a name", () => {
  expect(['Ethiopians', 'Kenyans', 'Republicans', 'Democrats'].map(isPeoplesWord)).toEqual([true, true, true, true]);
  expect(['Ethiopian', 'Welsh', 'Roberts', 'Adams'].map(isPeoplesWord)).toEqual([false, false, false, false]);
});

test("what follows the plural must be a name of two or three words, no body's or thing's", () => {
  expect(peoplesBeforeName(['Ethiopians', 'Dejene', 'Debela'])).toBe(true);
  // "Americans United", "Democrats Abroad": one word after it, the plural opens the body's name.
  expect(peoplesBeforeName(['Americans', 'United'])).toBe(false);
  expect(peoplesBeforeName(['Democrats', 'Abroad'])).toBe(false);
  expect(peoplesBeforeName(['Kenyans', 'Football', 'Federation'])).toBe(false);
});
