import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// reported/namedBodySubject.ts: a one-word name the name pass did not take, as a statement verb's whole subject, is the
// source as written, as is a title of several words ending in "Blog"; another longer name or a description stays
// unattributed (unnamedGroup.test.ts).

describe('a one-word outlet as the subject of a statement verb', () => {
  // wikinews-aftershocks-philippines-earthquake-death-toll-2019-10-22 and wikinews-gdansk-mayor-stabbed-on-stage-arrest-
  // 2019-01-14 (development half): an outlet the name pass does not know, also after a semicolon.
  test('"Rappler reported three malls … were damaged", "…; TVN24 reported he received surgery": the outlet speaks', () => {
    const article = analyze(
      'Headline',
      'In a situational report of NDRRMC, the tremor damaged 143 buildings. Rappler reported three malls in Davao City and Gaisano Mall in Digos City were damaged following aftershocks.',
      'Brudziński said Adamowicz required resuscitation, and was in a "serious" condition; TVN24 reported he received surgery.',
    );
    expect(attribution(article, 'three malls in Davao City')).toMatchObject({ kind: 'reported', speaker: 'Rappler' });
    expect(attribution(article, 'he received surgery')).toMatchObject({ kind: 'reported', speaker: 'TVN24' });
  });

  test('a surname with an inner capital, or a longer name with opening words, stays unattributed', () => {
    const article = analyze('Headline', 'McDonald said the plan was sound.', 'In March TVN24 reported he received surgery.');
    expect(attribution(article, 'he received surgery')).toMatchObject({ kind: 'reported', speaker: null });
    expect(attribution(article, 'the plan was sound').speaker ?? null).not.toBe('McDonald');
  });
});

describe("a blog's title of several words as the subject of a statement verb", () => {
  // Global Voices 2012 (CC BY 3.0), gv-bahamas-last-thoughts-elections-2012-05-03 (development half).
  test('"Meanwhile, Political Bahamas Blog reports that …" is the blog\'s', () => {
    const article = analyze(
      'Bahamas: Last Thoughts on the Elections',
      'Meanwhile, Political Bahamas Blog reports that the new political party on the scene, the Democratic National Alliance, is calling for the resignation of the Leader of the Opposition.',
    );
    expect(attribution(article, 'the new political party on the scene')).toMatchObject({ kind: 'reported', speaker: 'Political Bahamas Blog' });
  });
});
