import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/quotedWords.ts: a colon cue whose quoting verb takes someone's words as its object sets off that person's words.

// Global Voices (CC BY 3.0), development half: gv-yemen-anger-expansion-us-drone-war-2012-05-03.
const YEMEN = 'Yemen: Anger at Expansion of US Drone War';
const SPEECH =
  '"What about of the hundreds innocent people killing with our drone strikes in Pakistan, Yemen and Somalia? I speak out on behave of those innocent victims. They deserve an apology from you, Brennan."';

describe('quoted words', () => {
  test("\"Afrah Nasser commended Medea Benjamin's courage and quoted her words:\" sets off Benjamin's words, not the blogger's", () => {
    const article = analyze(
      YEMEN,
      'Activist Medea Benjamin challenged him and spoke up against drone killings in Pakistan, Yemen and other countries, as shown in this video:',
      'In a post entitled "A brave lady Speaks out about the CIA Drone Strikes", Yemeni blogger Afrah Nasser commended Medea Benjamin\'s courage and quoted her words:',
      SPEECH,
    );
    expect(attribution(article, 'What about of the hundreds')).toMatchObject({ kind: 'direct', speaker: 'Medea Benjamin', cue: 'quoted her words' });
  });

  test('"her words" with no one else named before them is left unattributed, not given to the one who quotes', () => {
    const article = analyze(YEMEN, 'Yemeni blogger Afrah Nasser wrote a post about the summit and quoted her words:', SPEECH);
    expect(attribution(article, 'What about of the hundreds')).toMatchObject({ speaker: null, cue: 'quoted her words' });
  });

  test('"her own words" are the subject\'s: the blogger quoting herself still speaks', () => {
    const article = analyze(YEMEN, 'Yemeni blogger Afrah Nasser wrote a post about the summit and quoted her own words:', SPEECH);
    expect(attribution(article, 'What about of the hundreds').speaker).toBe('Afrah Nasser');
  });
});
