import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// attribution/knownAs.ts, read by sieves/invertedCue.ts. Global Voices, "Zambia: Citizen News Website Hacked" (13 May
// 2012, CC BY 3.0), development half (gv-zambia-citizen-news-website-hacked-2012-05-13).
const HACKED = 'Zambia: Citizen News Website Hacked';

describe('an inverted cue whose subject is a description and the name it is known as', () => {
  test('"Reported the website popularly known as ZWD among Zambian netizens:" gives the block to ZWD', () => {
    const article = analyze(
      HACKED,
      'A day after the glitch, Zambian Watchdog reported that its website was a target of a sustained attack allegedly by the PF government. Reported the website popularly known as ZWD among Zambian netizens:',
      'PF government agents last Wednesday carried out their most ambitious attack on the Zambian Watchdog website with view of  destroying it.',
    );
    expect(attribution(article, 'PF government agents last Wednesday')).toMatchObject({ kind: 'direct', speaker: 'ZWD' });
  });

  test('a name known as something the text does not read as a name leaves the block unattributed', () => {
    const article = analyze(HACKED, 'Reported the website known as the watchdog among netizens:', 'Government agents carried out an attack on the website.');
    expect(attribution(article, 'Government agents carried out an attack')).toMatchObject({ kind: 'direct', speaker: null });
  });
});
