import { describe, expect, test } from 'vitest';
import { wondersWhether } from '../../../../../src/core/engine/attribution/reported/wonderedHow';
import { analyze, attribution } from '../helpers';

// reported/wonderedHow.ts: "wondered how …" reports the question the speaker asked.

describe('"wondered how …"', () => {
  // Global Voices 2012 (CC BY 3.0), gv-yemen-sanaa-suicide-blast-unification-anniversary-2012-05-22 (development half).
  test('the question a named commenter wondered is theirs, even before the colon of the post quoted next', () => {
    const article = analyze(
      'Yemen: Suicide Blast in Sanaa on Unification Day',
      'Mohammed wondered how the suicide bomber went unnoticed:',
      '@Yemen4Change: #Yemen | the word is: the suicide bomber was wearing military clothes & a belt packed with explosives',
    );
    expect(attribution(article, 'how the suicide bomber went unnoticed')).toMatchObject({ kind: 'reported', speaker: 'Mohammed', cue: 'Mohammed wondered' });
  });

  test('only a question word opening a clause is wondered', () => {
    expect(wondersWhether('wondered', ' how the suicide bomber went unnoticed')).toBe(true);
    expect(wondersWhether('wondered', ' aloud at the news')).toBe(false);
    expect(wondersWhether('said', ' how the suicide bomber went unnoticed')).toBe(false);
  });
});
