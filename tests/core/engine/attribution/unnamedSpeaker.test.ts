import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// unnamedSpeaker.ts: speaker words before a cue verb that end with no mention. The sentence is from the development half
// (gv-ethiopia-pen-award-eskinder-nega-2012-05-02); the name pass now reads the wife's name from ", his wife", and the
// description after "who is" must not take her words from her.

describe('a description after "who is" describes someone, it does not speak', () => {
  const article = analyze(
    'Ethiopia: Netizens Thrilled with PEN Award for Dissident Blogger and Journalist',
    'Upon collecting his prize on his behalf, Serkalem Fasil, his wife who is also a once jailed journalist, highlighted the worsening situation of Ethiopia’s free press. She said:',
    'I accept this award on behalf of Eskinder Nega at a time when freedom of expression and press freedom are at the lowest in Ethiopia.',
  );

  test('"…, his wife who is also a once jailed journalist, highlighted …" is the named wife’s, not the description’s', () => {
    expect(attribution(article, 'the worsening situation')).toMatchObject({ kind: 'reported', speaker: 'Serkalem Fasil' });
  });

  test('"She said:" after it does not go to the description either', () => {
    expect(attribution(article, 'I accept this award').speaker).not.toBe('a once jailed journalist');
  });
});
