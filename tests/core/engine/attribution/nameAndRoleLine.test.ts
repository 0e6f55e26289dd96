import { describe, expect, test } from 'vitest';
import { nameAndRoleLine } from '../../../../src/core/engine/attribution/nameAndRoleLine';
import { foreignProse } from '../../../../src/core/engine/attribution/sieves/translation';
import { analyze, quotesOf } from './helpers';

// attribution/nameAndRoleLine.ts. NASA, "After Three Years on Mars, NASA’s Ingenuity Helicopter Mission Ends" (2024, public
// domain), a fresh nasa.gov page from github.com/katie-hofschen/NASA_RAG; in neither half of tests/fixtures/real.
const PARTICIPANTS = [
  'Participants in the call are expected to include:',
  'Lori Glaze, director, Planetary Science Division, NASA’s Science Mission Directorate at the agency’s headquarters in Washington',
  'Laurie Leshin, director, NASA’s Jet Propulsion Laboratory in Southern California',
  'Teddy Tzanetos, Ingenuity project manager, NASA JPL',
  'Media who wish to participate by phone can request dial-in information by emailing hq-media@mail.nasa.gov.',
];

describe('a line listing someone by name and role', () => {
  test.each(PARTICIPANTS.slice(1, 4))('is no prose in another language: %s', (line) => {
    expect(nameAndRoleLine(line)).toBe(true);
    expect(foreignProse(line)).toBe(false);
  });

  test('the list and the paragraph after it are no quotation: the name line was read as an original with its translation', () => {
    const article = analyze('After Three Years on Mars, NASA’s Ingenuity Helicopter Mission Ends', ...PARTICIPANTS);
    expect(quotesOf(article)).toEqual([]);
  });

  test.each([
    'Yo no encuentro trabajo y mi marido tampoco, y los niños no tienen qué comer.',
    'Teddy Tzanetos, Ingenuity project manager, said the helicopter flew 72 times.',
    'NASA JPL, Pasadena, California',
  ])('a sentence, or a line opened by no name, is not one: %s', (text) => {
    expect(nameAndRoleLine(text)).toBe(false);
  });
});
