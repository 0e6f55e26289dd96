import { describe, expect, test } from 'vitest';
import { hasOwnCue } from '../../../../../src/core/engine/attribution/sieves/ownCue';
import { analyze, attribution } from '../helpers';

// sieves/ownCue.ts: a quote followed by a cue of its own is not the previous speaker's, even where the trailing-cue sieve
// could not read the cue's speaker. From the development half: wikinews-investigates-disappearance-cargo-ship-namse-bangdzod.

const PARAGRAPH =
  'Yesterday the Search and Rescue Agency told The Jakarta Post it was intending to end its search on the basis of piracy, which is outside its remit; the paper also spoke to the Navy, who told it this was as-yet uncomfirmed and noted no ransom has been sought and the ship vanished from an area without previous piracy problems. Four Navy ships assisted by aircraft are searching. "We will continue searching until we find it," 1st Fleet Command\'s Navy Information Agency head Arba Agung told The Jakarta Post, which also today reported location data falsely showing the ship in Sunda Kelapa Port after its inaccurate position in Jakarta Bay was recorded.';

describe('a quote with a cue of its own', () => {
  test('a closing comma, then words up to a capitalised name and its speech verb, is a cue of its own', () => {
    const close = PARAGRAPH.indexOf('it,"') + 3;
    expect(hasOwnCue(PARAGRAPH, close)).toBe(true);
    expect(hasOwnCue('"We will win." Smith said the team was ready.', 13)).toBe(false);
  });

  test("is given to its own cue's speaker, not to the agency whose reported words come before it in the paragraph", () => {
    const article = analyze('Wikinews investigates disappearance of cargo ship Namse Bangdzod', PARAGRAPH);
    expect(attribution(article, 'We will continue searching').speaker).toBe('Arba Agung');
  });
});
