import { describe, expect, test } from 'vitest';
import { beforePlace } from '../../../../src/core/engine/attribution/placePreposition';
import { analyze, attribution } from './helpers';

// placePreposition.ts: a compass word or an area word between a preposition and a place's name leaves the place
// governed by the preposition, so the place does not speak for the body or the people the preposition hangs on.

describe('a place narrowed to a part of it is still what the preposition governs', () => {
  // Wikinews, "Wikinews Shorts: August 5, 2010" (AMALGUM_news_boeing, CC BY 2.5), read as fresh text by lane wild35.
  const tree = analyze(
    'Wikinews Shorts: August 5, 2010',
    'After a rare clash between Israeli and Lebanese forces over the cutting down of a tree near the border of the two countries, it appears that all sides are attempting to restore peace.',
    'The United Nations peacekeeping force in south Lebanon has stated that Israel was operating in their own territory. However, Lebanese Information Minister Tarek Mitri said that the area of land which had the tree "[was] Lebanese territory," and also stated that though Lebanon respects the border, the country still contests part of it.',
  );

  test('"The United Nations peacekeeping force in south Lebanon has stated that …" is not Lebanon speaking', () => {
    const quote = attribution(tree, 'Israel was operating in their own territory');
    expect(quote.speaker).not.toBe('Lebanon');
    expect(quote.resolution).toBe('unattributed');
  });

  test('the minister in the next sentence keeps his quotes', () => {
    expect(attribution(tree, 'though Lebanon respects the border').speaker).toBe('Tarek Mitri');
  });

  test.each([
    ['Residents of northern Iraq said that the road to Mosul was closed.', 'the road to Mosul was closed'],
    ['Police in west Baghdad said that the road to Mosul was closed.', 'the road to Mosul was closed'],
    ['Officials in southern Iraq and Kuwait said that the road to Mosul was closed.', 'the road to Mosul was closed'],
    ['Doctors in rural Iraq said that the road to Mosul was closed.', 'the road to Mosul was closed'],
    ['Aid workers in war-torn Iraq said that the road to Mosul was closed.', 'the road to Mosul was closed'],
    ['Police in the capital Baghdad said that the road to Mosul was closed.', 'the road to Mosul was closed'],
    ['Officials in Kurdish-administered Iraq said that the road to Mosul was closed.', 'the road to Mosul was closed'],
    ['Officials in neighbouring Kuwait said that the road to Mosul was closed.', 'the road to Mosul was closed'],
  ])('"%s" is no word of the place', (sentence, words) => {
    const article = analyze('Roads closed in Iraq', 'Fighting closed several roads in Iraq and Kuwait on Monday.', sentence);
    expect(attribution(article, words).speaker).toBeNull();
  });

  test('"A spokesman in the capital Baghdad said" is the spokesman, an unnamed source', () => {
    const article = analyze(
      'Roads closed in Iraq',
      'Fighting closed several roads in Iraq on Monday.',
      'A spokesman in the capital Baghdad said that the road to Mosul was closed.',
    );
    expect(attribution(article, 'the road to Mosul was closed').speaker).toMatch(/^A spokesman/);
  });

  test('a place that opens the sentence after a bare phrase still speaks', () => {
    const article = analyze(
      'Roads closed in Iraq',
      'Fighting closed several roads in Iraq and Kuwait on Monday.',
      'In response Kuwait said that the road to Mosul was closed.',
    );
    expect(attribution(article, 'the road to Mosul was closed').speaker).toBe('Kuwait');
  });

  test('a capitalised compass word is part of the name, which may speak', () => {
    const article = analyze('Ireland vote', 'Northern Ireland and Ireland held talks on Monday.', 'Northern Ireland said that the talks would go on.');
    expect(attribution(article, 'the talks would go on').speaker).toBe('Northern Ireland');
  });
});

describe('the words before a place', () => {
  test('skip a qualifier and end where it starts', () => {
    const text = 'The force in south Lebanon said';
    expect(beforePlace(text, 0, text.indexOf('Lebanon'), 4)).toEqual({ lead: ' in ', end: text.indexOf('south') });
  });

  test('skip two describing words at most', () => {
    const text = 'Officials in the war-torn capital Kabul said';
    expect(beforePlace(text, 0, text.indexOf('Kabul'), 8)).toEqual({ lead: 'ials in the '.slice(-8), end: text.indexOf('war-torn') });
  });

  test('are left as they are without one', () => {
    const text = 'The force in the Lebanon said';
    expect(beforePlace(text, 0, text.indexOf('Lebanon'), 8)).toEqual({ lead: ' in the ', end: text.indexOf('Lebanon') });
  });
});

// Lane break35: a wire-style sentence; with the describing word, the government no longer spoke at all.
test('"The government of war-torn Syria said …" is the government speaking, as "The government of Syria said …" is', () => {
  const article = analyze('Talks', 'The government of war-torn Syria said it would attend the talks in Geneva.');
  expect(attribution(article, 'it would attend the talks')).toMatchObject({ speaker: 'government of war-torn Syria' });
});
