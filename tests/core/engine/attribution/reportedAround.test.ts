import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// reportedAround.ts: direct quotes inside or after reported speech, and a colon sentence that goes on from it.

describe('quotes around reported speech', () => {
  // The development half: gv-singapore-code-of-conduct.
  test('a quotation set off by a colon sentence that names nobody is the reported speaker’s before it', () => {
    const article = analyze(
      'Singapore: Code of Conduct for Bloggers?',
      'Elaine Ee believes that the Code of Conduct will not be a solution. Instead, the government should free up the mainstream media:',
      'If the government really wants to curb negative, unsubstantiated online chatter, they would do better to free up the mainstream media so that these outlets can report more fully and responsibly on current affairs.',
    );
    expect(attribution(article, 'If the government really wants')).toMatchObject({ kind: 'direct', speaker: 'Elaine Ee' });
  });

  test('a colon sentence in the writer’s own voice sets off no one’s quotation', () => {
    const article = analyze(
      'Singapore: Code of Conduct for Bloggers?',
      'Elaine Ee believes that the Code of Conduct will not be a solution. Instead, we should free up the mainstream media:',
      'Free up the mainstream media so that these outlets can report more fully and responsibly on current affairs.',
    );
    expect(article.paragraphs[1]?.quotes).toEqual([]);
  });

  test('a quote the reported content leads into with a colon is the same speaker’s', () => {
    const article = analyze('Army medics train', 'Bob Sachs noted that the effort must be continuous and widespread: "all the time, everywhere."');
    expect(attribution(article, 'all the time, everywhere.')).toMatchObject({ kind: 'direct', speaker: 'Bob Sachs' });
  });

  test('a quote with a cue of its own that names no one is not the enclosing reported speaker’s', () => {
    const article = analyze('Talks', 'Mayor Dana Lutz said the council would vote, though "it is late," it said.');
    expect(attribution(article, 'it is late,')).toMatchObject({ speaker: null });
  });
});

// wikinews-us-claims-iraqi-bioweapons-labs-contradicted-pentagon-report-2006-04-12 (dev half since session 36).
test('words in marks inside what someone "was asserting" are kept as a quote even when who asserted them is unsure', () => {
  const article = analyze(
    'U.S. claims of Iraqi bioweapons labs contradicted in classified Pentagon report filed on 27 May 2003',
    'In the April 12, 2006 press conference, Scott McClellan said "I will point out that the reporting I saw this morning was simply reckless and it was irresponsible."',
    'He did not answer repeated questions whether the President knew of the secret report at the time he was asserting that "we found biological laboratories" on May 29, 2005. When asked why the secret report was not made public earlier McClellan responded by saying that "it takes a substantial amount of time to coordinate and run through a declassification process".',
  );
  expect(attribution(article, 'we found biological laboratories')).toMatchObject({ kind: 'direct', speaker: null });
});

// Wikinews, development half: badminton team leaves Indian tournament, 2009.
describe('a short phrase inside reported speech cued by "saying that", its speaker unnamed', () => {
  test('is the reported speaker’s words, found though nobody is named', () => {
    const article = analyze(
      'Wikinews Shorts: August 9, 2009',
      'The Welsh and Scottish teams will continue to compete in the tournament, with Anne Smillie chief executive of Badminton Scotland saying that the English team had "perhaps overreacted".',
    );
    expect(attribution(article, 'perhaps overreacted')).toMatchObject({ kind: 'direct' });
  });

  test('a cue that only mentions words ("When you say that …") leaves them a term (near miss)', () => {
    const article = analyze('Plain language', 'When you say that someone has "stolen your thunder," you mean they took the credit.');
    expect(() => attribution(article, 'stolen your thunder')).toThrow();
  });
});

// Wikinews, development half: cues that note, warn or charge put the words out as saying does.
describe('a short phrase inside reported speech whose cue notes or warns, its speaker unnamed', () => {
  test('is the reported source’s words (wikinews-pacific-rim-braces-for-tsunami-2010-02-27)', () => {
    const article = analyze(
      'Pacific Rim braces for tsunami',
      'The centre noted that among the areas with a "potential tsunami threat" include New South Wales state, Queensland state, Lord Howe Island and Norfolk Island.',
    );
    expect(attribution(article, 'potential tsunami threat')).toMatchObject({ kind: 'direct' });
  });
});
