import { describe, expect, test } from 'vitest';
import { speaksAsOnePerson } from '../../../../../src/core/engine/attribution/sieves/personWords';

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
