import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/partialBeforeCue.ts: a clause that ends in a partial quote, its comma inside the marks, then a trailing cue.

// usgov-army-cyberattack-no-1-threat-nie-16-1-2015-09-25 (development half; US Army, public domain).
const ARMY = 'Cyberattack No. 1 threat, says brigade commander at NIE 16.1';
const INTRO =
  'Col. Chuck Masaracchia, commander of the 2nd Brigade, 1st Armored Division, said his unit was evaluating new equipment at the Network Integration Evaluation.';

describe('a partial quote closing a clause before its trailing cue', () => {
  test('"The brigade headquarters is "organic to the organization," Masaracchia stated proudly." reports the whole clause', () => {
    const article = analyze(
      ARMY,
      INTRO,
      'The brigade headquarters is "organic to the organization," Masaracchia stated proudly. By organic, Masaracchia meant that the use of locals and contractors was not required for it to function.',
    );
    expect(attribution(article, 'The brigade headquarters is')).toMatchObject({ kind: 'reported', speaker: 'Chuck Masaracchia' });
    expect(attribution(article, 'organic to the organization')).toMatchObject({ kind: 'direct', speaker: 'Chuck Masaracchia' });
  });

  test('a quoted sentence before the cue is a direct quote alone, with no reported clause', () => {
    const article = analyze(ARMY, INTRO, 'He toured the tents. "We are ready for anything," Masaracchia said.');
    expect(quotesOf(article).some((q) => q.kind === 'reported' && q.text.includes('ready'))).toBe(false);
  });

  test("a clause led into the quote by a colon is the writer's scene, not what was said", () => {
    const article = analyze(ARMY, INTRO, 'The motto was simple: "ready for anything," Masaracchia said.');
    expect(quotesOf(article).some((q) => q.kind === 'reported' && q.text.includes('motto'))).toBe(false);
  });

  // usgov-nasa-marshall-crew-8-launch-support-2024-03-06 (development half; NASA, public domain).
  test('a first-person quote after ", but" is the speaker\'s own sentence going on, and the writer\'s clause before it no quote', () => {
    const article = analyze(
      'Marshall Team Supports Crew-8 Launch',
      'David Gwaltney, an engineer at NASA’s Marshall Space Flight Center, worked in the Huntsville Operations Support Center during the launch.',
      'Crew-7 launched early in the morning, but “this time around, I showed up to the HOSC around dinnertime,” Gwaltney said.',
    );
    expect(attribution(article, 'this time around, I showed up')).toMatchObject({ kind: 'direct', speaker: 'David Gwaltney' });
    expect(quotesOf(article).some((q) => q.kind === 'reported' && q.text.startsWith('Crew-7 launched'))).toBe(false);
  });
});
