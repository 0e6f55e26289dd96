import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';

// interviewQuestion.ts with sieves/transcript.ts: an interviewer's question turn is the outlet's words, so what it quotes
// or reports is no quote, unless it passes on someone's words and names them, or puts a cited third party's words in marks.

// Wikinews, "Wikinews interviews 2020 Melbourne Lord Mayor Candidate Wayne Tseng", 2020-10-22, CC BY 2.5 (not in the
// corpus): https://en.wikinews.org/wiki/Wikinews_interviews_2020_Melbourne_Lord_Mayor_Candidate_Wayne_Tseng
const TSENG = 'Wikinews interviews 2020 Melbourne Lord Mayor Candidate Wayne Tseng';
const TSENG_LEAD =
  '2020 Melbourne Lord Mayor candidate Wayne Tseng answered some questions about his campaign for the upcoming election from Wikinews.  The Lord Mayor election in the Australian city is scheduled to take place this week.';
const TSENG_ANSWER =
  '((Wayne Tseng))  I quit the party so I can run as an independent in the council election.  I am pursuing direct democracy which is not an element of the Australian Liberal Party platform.';

describe('an interviewer’s question turn', () => {
  test('words of the interviewee put back to them in a question are no quote; the answer stays theirs', () => {
    const article = analyze(
      TSENG,
      TSENG_LEAD,
      '((WN))  On Team Zorin\'s website, you wrote "Melbourne is too precious to be used as a test lab for half-baked policies."  What are some of the current policies that are under-serving the residents of Melbourne?',
      TSENG_ANSWER,
      '((WN))  Why do you think "Melbourne is poised to be a world city by 2030"?  What are some of the things necessary for ensuring that comes true?',
      TSENG_ANSWER,
    );
    const texts = quotesOf(article).map((q) => q.text);
    expect(texts).not.toContain('Melbourne is too precious to be used as a test lab for half-baked policies.');
    expect(texts).not.toContain('Melbourne is poised to be a world city by 2030');
    expect(attribution(article, 'I quit the party')).toMatchObject({ kind: 'direct', speaker: 'Wayne Tseng', cue: '((Wayne Tseng))' });
  });

  // Wikinews, "Earth-based life can survive in hydrogen-rich atmospheres …", 2020-12-25, CC BY 2.5 (not in the corpus).
  test('a study’s words a question puts in marks are a direct quote; its finding and the reporter’s own "Can we predict …" are no reported speech', () => {
    const article = analyze(
      "'Earth-based life can survive in hydrogen-rich atmospheres': MIT professor Dr Seager tells Wikinews about her research on organisms thriving in oxygen-less environment",
      '((WN))  In the experiment, the study reported yeast had "a substantially lower maximal cell concentration in the pure hydrogen-gas environment".  What could be the reason for that?',
      '((Sara Seager))  Even though life can survive without oxygen, life reproduces more with oxygen.',
      '((WN))  Can we predict the category of the host stars where the planets may support life?',
      '((Sara Seager))  We cannot.',
    );
    const texts = quotesOf(article).map((q) => q.text);
    // The development half's gold holds the marked words as a direct quote (speaker the study, or none).
    expect(attribution(article, 'a substantially lower maximal cell concentration')).toMatchObject({ kind: 'direct', cue: 'the study reported' });
    expect(texts.some((t) => t.startsWith('yeast had'))).toBe(false);
    expect(texts).not.toContain('the category of the host stars where the planets may support life');
    expect(attribution(article, 'Even though life can survive')).toMatchObject({ kind: 'direct', speaker: 'Sara Seager' });
  });

  // Wikinews, "Iranian International Master Dorsa Derakhshani discusses her chess career with Wikinews", 2020-04-14.
  test('a tweet a question quotes under its author’s name stays that author’s quote', () => {
    const article = analyze(
      'Iranian International Master Dorsa Derakhshani discusses her chess career with Wikinews',
      '((WN))  Okay, tell me about the Gibraltar Chess Tournament.',
      '((Dorsa Derakhshani))  It was a really good tournament.  I played very well.  There was just one game where I could have played better.',
      '((WN))  Back in 2017, even [GM] Hikaru Nakamura tweeted, "To organise a chess tournament in a country where basic human rights aren\'t valued is horrible. Chess is a game where all different sorts of people can come together, not a game in which people are divided because of their religion or country of origin."',
      '((Dorsa Derakhshani))  Yes, I completely agree with that.',
    );
    expect(attribution(article, 'To organise a chess tournament')).toMatchObject({ kind: 'direct', speaker: 'Hikaru Nakamura' });
  });
});
