import { describe, expect, test } from 'vitest';
import { directedPhrase, namedByAgent } from '../../../../src/core/engine/attribution/governedPhrase';
import { analyze, quotesOf } from './helpers';

// governedPhrase.ts: a passive naming verb with its agent after the marks, or a verb asking someone to act, makes a
// short phrase in marks someone's words.

/** The sentence up to its first opening mark, and the mark's offset. */
function split(sentence: string): { left: string; open: number } {
  const open = sentence.search(/["“']/);
  return { left: sentence.slice(0, open), open };
}

describe('a passive naming verb whose agent follows the marks', () => {
  test.each([
    // Wikinews, development half (Kenyan prime minister calls for suspension of Mugabe, 2008; New Delhi cow urine party, 2020).
    'His appearance at the summit generated different reactions, from being hailed as a "hero" by the President of Gabon, to U.N. Deputy Secretary-General',
    'COVID-19 was previously announced to be a "pandemic" by the World Health Organization (WHO).',
  ])('makes the phrase the agent’s words: %s', (sentence) => {
    const { left, open } = split(sentence);
    expect(namedByAgent(sentence, left, open)).toBe(true);
  });

  test.each([
    // Near misses: no agent after the marks; a verb that names no verdict.
    'COVID-19 was previously announced to be a "pandemic" in March.',
    'The telescope was named "as a joke" by its builders.',
  ])('is no quote without it: %s', (sentence) => {
    const { left, open } = split(sentence);
    expect(namedByAgent(sentence, left, open)).toBe(false);
  });
});

describe('a verb asking or ordering someone to act', () => {
  test.each([
    // Wikinews, development half (AirAsia crash, 2015; Lycos Europe, 2004; targeted killing lawsuit, 2010).
    'A miscommunication followed. Iriyanto asked Plesel, who was flying, to "pull down".',
    'Lycos stopped distributing the program on December 3, 2004 and asked clients to "stay tuned."',
    'Yemeni law enforcement officials in November charged Awlaki with connections to Al-Qaeda, and ordered him to be arrested "by any means possible".',
  ])('makes the act in marks the asker’s words: %s', (sentence) => {
    const { left, open } = split(sentence);
    expect(directedPhrase(left, sentence.slice(open + 1))).toBe(true);
  });

  test.each([
    // Near misses: a passive, a name or title in marks, the infinitive's object after an article.
    'He was asked to "step aside" by the board.',
    'The coach urged fans to join the "Red Army" on Sunday.',
    'The minister asked the councils to sign "Fair Play" pledges.',
    'The union asked its members to vote against the "final offer".',
  ])('is no such act: %s', (sentence) => {
    const { left, open } = split(sentence);
    expect(directedPhrase(left, sentence.slice(open + 1))).toBe(false);
  });

  test('the phrase is found in an article, its speaker left unnamed', () => {
    const article = analyze(
      'Investigators blame pilot error for AirAsia crash',
      'A miscommunication followed. Iriyanto asked Plesel, who was flying, to "pull down". Plesel pulled the controls down, which pitched the nose up.',
    );
    expect(quotesOf(article).some((q) => q.kind === 'direct' && q.text === 'pull down')).toBe(true);
  });
});
