import { describe, expect, test } from 'vitest';
import { speaksAsOnePerson, TITLE_RUN_UNIT } from '../../../../../src/core/engine/attribution/sieves/personWords';

describe('speaksAsOnePerson', () => {
  // Wikinews, Fan Expo Canada 2019 (the article of namedSubject.test.ts): Jenn St-Onge's quote.
  test('a quote in the first person singular speaks as one person', () => {
    expect(speaksAsOnePerson("In my first stint, I didn't get any work.")).toBe(true);
  });

  // wikinews-2019-03-29-toronto-comicon-2019-welcomes-fans-with-celebrities-creativity-cosplay (fresh page): Lisa Mancini's words inside the sentence whose subject she is.
  test('a possessive "my" is enough', () => {
    expect(speaksAsOnePerson('stemmed through my love for Halloween.')).toBe(true);
  });

  // Wikinews, Fan Expo Canada 2019: Paul Sun-Hyung Lee's words before his quote in the first person.
  test('no first person in the words: no', () => {
    expect(speaksAsOnePerson("up 'til now.")).toBe(false);
  });

  // wikinews-2019-05-31-toronto-s-anime-north-2019-brings-thousands-of-fans-together (fresh Wikinews page): the first person beside "him", who may be the person named before the quote.
  test('the first person beside a third person singular: no', () => {
    expect(speaksAsOnePerson("This director doesn't know me, I haven't worked with him, he's going to think that this is what I sound like,")).toBe(false);
  });
});

describe('TITLE_RUN_UNIT', () => {
  const wholeRun = new RegExp(String.raw`^(?:${TITLE_RUN_UNIT})+$`, 'u');

  // usgov-gsa-18f-every-kid-in-a-park-follow-up-2015-10-21: "18F Developer and Product Manager Shashank Khandelwal …".
  test('an office’s initials and two titles joined by "and" are one title run', () => {
    expect(wholeRun.test('18F Developer and Product Manager ')).toBe(true);
  });

  // wikinews-us-uk-embassies-yemen-close-al-qaeda-threat-2010-01-03: "Deputy National Security Advisor for Homeland Security and Counterterrorism John O. Brennan said …".
  test('a title with several joined words is one title run', () => {
    expect(wholeRun.test('Deputy National Security Advisor for Homeland Security and Counterterrorism ')).toBe(true);
  });

  // wikinews-pge-helicopter-crashes-near-fairfield-2020-06-04: "PG&E President and CEO Andy Vesey said …".
  test('initials with an ampersand open a title run', () => {
    expect(wholeRun.test('PG&E President and CEO ')).toBe(true);
  });

  // The same article: "In a letter to The Mercury News, published on Monday, PG&E President …" — lower-case words are no title.
  test('a run with a lower-case word in it is no title', () => {
    expect(wholeRun.test('In a letter to The Mercury News ')).toBe(false);
  });

  // wikinews-google-first-successful-collision-attack-sha-1-2017-02-23: "Marc Stevens and Elie Bursztein were the initial leaders …" — two people.
  test('a name followed by "and" is not a title run before the next name', () => {
    expect(wholeRun.test('Marc Stevens and ')).toBe(false);
  });
});
