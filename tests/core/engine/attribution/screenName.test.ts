import { describe, expect, test } from 'vitest';
import { screenNameAt } from '../../../../src/core/engine/attribution/screenName';
import { analyze, attribution } from './helpers';

// attribution/screenName.ts: a commenter quoted by the screen name they post under, with no platform word before it.

const AKONG = 'Thailand: Grandfather Serving Lese Majeste Sentence Dies in Prison';

describe('screen names as speakers', () => {
  // gv-thailand-akong-dies-in-prison-2012-05-12 (Global Voices, May 2012): two readers' comments, each closed by its own cue.
  const article = analyze(
    AKONG,
    "Others weren't so upset about the passing of Akong:",
    '"Please make merit for the old man. By now he\'s probably in hell with fire burning in his mouth," major181226 responded to the Youtube clip about Akong. "He deserved to die. Our land would now be elevated. When the color ordeal is over, our country could progress. Or don\'t you agree?" posted Purno5.',
  );

  test('a comment followed by its screen name and a speech verb is that user’s', () => {
    expect(attribution(article, 'Please make merit for the old man')).toMatchObject({ kind: 'direct', speaker: 'major181226', cue: 'major181226 responded' });
  });

  test('a comment followed by a speech verb and then the screen name is that user’s, not the one before', () => {
    expect(attribution(article, 'He deserved to die')).toMatchObject({ kind: 'direct', speaker: 'Purno5', cue: 'posted Purno5' });
  });

  test('words, model names and units are no screen names', () => {
    for (const text of ['Smith said', 'G8 said', 'MH17 said', 'COVID-19 said', 'e-mail said', 'co-founder said', 'In2EastAfrica said'])
      expect(screenNameAt(text, 0)).toBeNull();
    expect(screenNameAt('Sana2 wrote', 0)).toEqual({ start: 0, end: 5 });
    expect(screenNameAt('kimi_no wrote', 0)).toEqual({ start: 0, end: 7 });
  });
});

describe('screen-name sources', () => {
  test('a commenter quoted by a screen name is a citizen giving their own view', () => {
    const article = analyze(
      AKONG,
      '"Please make merit for the old man. By now he\'s probably in hell," major181226 responded to the Youtube clip about Akong.',
    );
    expect(article.entities.find((e) => e.name === 'major181226')).toMatchObject({ sourceType: 'citizen' });
  });
});

describe('words that only look like screen names', () => {
  // Hostile variant of the inverted cue (lane break33): a lower-case token ending in a digit that modifies a noun.
  test('a comment closed by "added covid19 patients" is not given to covid19', () => {
    const article = analyze('Hospital update', '"It is over," Smith said. "We tried," added covid19 patients in a statement.');
    expect(attribution(article, 'We tried')).not.toMatchObject({ speaker: 'covid19' });
  });

  test('a screen name followed by a preposition or a speech verb still stands alone', () => {
    expect(screenNameAt('Purno5 on the forum', 0)).toEqual({ start: 0, end: 6 });
    expect(screenNameAt('major181226 responded', 0)).toEqual({ start: 0, end: 11 });
    expect(screenNameAt('covid19 patients', 0)).toBeNull();
  });
});
