import { describe, expect, test } from 'vitest';
import { isLongTitle, isTitleIn } from '../../../../src/core/engine/attribution/longTitle';
import { analyze, attribution, quotesOf } from './helpers';

// longTitle.ts: seven or more words in title case are a title, not speech. Titles from fresh NASA and GSA text.

describe('a long title in quote marks', () => {
  test('titles of papers, poems, agreements and events', () => {
    expect(isLongTitle('In Praise of Mystery: A Poem for Europa,')).toBe(true);
    expect(isLongTitle('Lead in My Drinking Water: How Toxic Is It?')).toBe(true);
    expect(isLongTitle('Plume Additive for Reducing Surface Ejecta and Cratering (PARSEC)')).toBe(true);
  });

  test('speech is in sentence case, or shouted in capitals', () => {
    expect(isLongTitle('We are going to the Moon to stay, and then on to Mars.')).toBe(false);
    expect(isLongTitle('I WON THIS ELECTION, BY A LOT!')).toBe(false);
    expect(isLongTitle('Space Data Ethics')).toBe(false);
  });

  test('an unattributed title is no quote, while a title-case headline quote the body restates and a cued quote stay', () => {
    const article = analyze(
      'Ukraine: "If Prison Acquires a Voice, Everything Will Change"',
      'Volodarskiy ends his post: "If prison acquires a voice, everything will change."',
      'The arrangement falls under the “Framework Agreement Between the Government of Japan and the Government of the United States of America for Cooperation in Space Exploration,” which was signed in January 2023.',
      '“This Is What Real International Cooperation in Space Looks Like,” said NASA Administrator Bill Nelson.',
    );
    const texts = quotesOf(article).map((q) => q.text);
    expect(texts.some((t) => t.startsWith('Framework Agreement'))).toBe(false);
    expect(texts).toContain('If Prison Acquires a Voice, Everything Will Change');
    expect(attribution(article, 'This Is What Real International Cooperation')).toMatchObject({ speaker: 'Bill Nelson' });
  });
});

test('a title in marks in a headline is no quote, unless the body quotes the same words', () => {
  // Fresh real text (nasa.gov, digital.gov) and the development half (gv-ukraine-lukyanivska-prison).
  const paper = 'Trends in Nighttime Fires in South/Southeast Asian Countries';
  expect(isTitleIn(paper, 0, [`“${paper}” Published in the Journal Atmosphere`, 'The study mapped fires at night.'])).toBe(true);
  const headline = 'If Prison Acquires a Voice, Everything Will Change';
  const body = [
    'Having a legal connection with the outside world, the inmates will get a chance to talk.',
    'If prison acquires a voice, everything will change.',
  ];
  expect(isTitleIn(headline, 0, [`Ukraine: "${headline}"`, ...body])).toBe(false);
  expect(isTitleIn(headline, 2, ['Headline', ...body])).toBe(true);
});
