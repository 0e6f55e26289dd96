import { describe, expect, test } from 'vitest';
import { sightBefore } from '../../../../src/core/engine/attribution/sightOf';
import { analyze, quotesOf } from './helpers';

// A NASA caption (Marshall Star, 2024; fresh text, public domain). The headline made a person of "Spots Jupiter", and the
// caption's "the views of Jupiter reveals" then gave what a picture shows to that person as reported speech.
describe('what a view of someone reveals is not their words', () => {
  const article = analyze(
    'Juno Mission Spots Jupiter’s Tiny Moon Amalthea',
    'Citizen scientists have spotted the moon in images from the JunoCam instrument.',
    'A close examination of the views of Jupiter reveals two glimpses of the tiny moon Amalthea, highlighted in this image.',
  );

  test('"A close examination of the views of Jupiter reveals two glimpses …" is no quote', () => {
    expect(quotesOf(article).map((q) => q.text)).not.toContain('two glimpses of the tiny moon Amalthea');
  });

  test('a look or a picture of someone is a sight; a spokesman of someone is not', () => {
    expect(sightBefore('A close examination of the views of ')).toBe(true);
    expect(sightBefore('A new photo of the ')).toBe(true);
    expect(sightBefore('a spokesman of ')).toBe(false);
  });
});
