import { describe, expect, test } from 'vitest';
import { heldOfficeName } from '../../../../src/core/engine/attribution/heldOffice';
import { analyze, attribution } from './helpers';

// heldOffice.ts: an office a role holds speaks as itself, named as the text writes it.

describe('an office held by a role', () => {
  // wikinews-magnitude-6-earthquake-rocks-eastern-turkey-2010-03-08 (dev half).
  test('"said the prime minister\'s office in a statement" is the office\'s word', () => {
    const article = analyze(
      'Magnitude 6 earthquake rocks eastern Turkey',
      '"Many houses have collapsed. Search and rescue teams have been sent to the area," said the prime minister\'s office in a statement. Injured people are being rushed to local hospitals.',
    );
    expect(attribution(article, 'Many houses have collapsed.')).toMatchObject({ kind: 'direct', speaker: "prime minister's office" });
  });

  // wikinews-malaysia-says-debris-maldives-could-be-mh370-2015-08-12 (dev half).
  test('"said the office of the Maldives President in a statement" is the office\'s word, the phrase ending before "in"', () => {
    const article = analyze(
      'Malaysia says debris in Maldives could be from MH370',
      '"We are collecting any unidentified debris and storing them in a warehouse so that the Malaysians can carry out tests and determine if it is from their plane or not," said the office of the Maldives President in a statement reported by Haveeru Daily on Monday.',
    );
    expect(attribution(article, 'We are collecting any unidentified debris')).toMatchObject({
      kind: 'direct',
      speaker: 'office of the Maldives President',
      speakerRef: 'the office of the Maldives President',
    });
  });

  test.each([
    ["the prime minister's office", "prime minister's office"],
    ['the office of the Maldives President', 'office of the Maldives President'],
    ["the mayor's press office", "mayor's press office"],
  ])('"%s" names the office "%s"', (words, name) => {
    expect(heldOfficeName(words)).toBe(name);
  });

  // "… is the world's office" (wikinews-india-china-border-treaty-improve-ties-trade-2005-04-13, dev half): no person's role holds it.
  test.each(["the world's office", "the company's office", 'the office of the Dean Street Theatre', 'the office'])('"%s" names no held office', (words) => {
    expect(heldOfficeName(words)).toBeNull();
  });

  test('an office no role holds stays unattributed: "said the regional office in a statement"', () => {
    const article = analyze('Floods', '"Roads are closed," said the regional office in a statement.');
    expect(attribution(article, 'Roads are closed,').speaker).toBeNull();
  });
});
