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

// wikinews-istanbul-court-acquits-pinar-selek-fourth-time-2014-12-20 (dev half since session 36). "Demriel" is the copy's
// slip for "Demirel" (two letters swapped, misspeltSurnames.ts), as the gold reads it: the quote's own cue names her.
test("a quote whose comma follows its closing mark, then a misspelt surname and a speech verb, is that person's, no earlier speaker's", () => {
  const article = analyze(
    'Istanbul court acquits bomb accused Pinar Selek for fourth time',
    'A court in the Turkish capital Istanbul yesterday cleared exiled academic Pinar Selek of killing seven in a bomb attack in 1998. It is the fourth time the courts have cleared her.',
    'That sentence was cancelled in June this year by the Supreme Court of Appeals. A warrant for her arrest was cancelled in October. Turkey had previously sought extradition from France.',
    'Protestors were there on December 5 when the request for a new life sentence was made. "We have been waiting in front of courtrooms for sixteen years", activist Füsun Demirel told journalists at the protest. "Pınar has resisted this ruthlessness, this injustice, by trying to live as fully as she can."',
    'Also acquitted yesterday was Abdulmecit Ozturk. The court said there was no "exact and convincing" evidence against the pair. Selek has indicated a desire to return to Turkey with her name cleared. "We will be standing guard on her behalf until she returns here", Demriel promised at the December 5 protest.',
  );
  expect(attribution(article, 'We will be standing guard on her behalf').speaker).toBe('Füsun Demirel');
});

// Wikinews Shorts, 3 April 2007 (fresh held-out gold of session 47, now in the development half).
test('a quote whose closing comma is followed by "said one of the judges, …" is not the earlier speaker’s', () => {
  const article = analyze(
    'British hacker to be extradited to US',
    'Gary McKinnon of Britain lost his appeal challenging an extradition order to face charges in the United States that he hacked into military and NASA computers there. "We do not find any grounds of appeal against the decision," said one of the judges, Lord Justice Maurice Kay.',
  );
  expect(attribution(article, 'We do not find any grounds').speaker).not.toBe('Gary McKinnon');
  expect(hasOwnCue('"We do not find any grounds," said one of the judges.', 28)).toBe(true);
  expect(hasOwnCue('"We do not find any grounds," and then the court rose.', 28)).toBe(false);
});
