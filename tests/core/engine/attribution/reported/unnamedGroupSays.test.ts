import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/unnamedGroupSays.ts: a speech verb with no "that" after an unnamed group reports the clause after it (past a
// listener, or a name and "to be" after "reported"), unless it takes its object as what was said or asks a question.

const reported = (...paragraphs: Array<string>) => quotesOf(analyze('Headline', ...paragraphs)).filter((q) => q.kind === 'reported');

describe('a clause reported by an unnamed group, with no "that"', () => {
  // Wikinews, 2019–2020 (CC BY 2.5), fresh text.
  test('"Police said …", "The family said …", "Neighbors told CBS … that": reported, left unattributed', () => {
    const article = analyze(
      'Teenagers shot at Pennsylvania graduation party',
      'Police said over a hundred people attended the party, located in Allegheny County, four of whom were injured in the shooting.',
      'Neighbors told CBS station KDKA-TV that the area is usually quiet.',
      'The family said they planned to have a private funeral service for Imus.',
      'Local officials said 24 people have been hospitalised, but Agence France-Presse reported as many as 32 hospitalised.',
    );
    for (const start of ['over a hundred people attended', 'the area is usually quiet', 'they planned to have', '24 people have been hospitalised'])
      expect(attribution(article, start)).toMatchObject({ kind: 'reported', speaker: null });
  });

  test('a named speaker’s clause may open with a number: "Mujahid claimed 190 were dead"', () => {
    const article = analyze('Car bomb kills dozens', 'Taliban spokesperson Zabiullah Mujahid claimed 190 were dead.');
    expect(attribution(article, '190 were dead')).toMatchObject({ kind: 'reported', speaker: 'Zabiullah Mujahid' });
  });

  test('data that "suggests", an object after "expressed" or a noun phrase after "revealed a" report no clause', () => {
    expect(reported('Preliminary data suggests the instruments have measured natural radiation in the area.')).toEqual([]);
    expect(reported('Developers expressed a strong desire to have SSL supported at all times.')).toEqual([]);
    expect(reported('The data revealed an increased relative abundance of a common fungus associated with dermatitis.')).toEqual([]);
    expect(reported('The fire claimed about 3000 lives in the region.')).toEqual([]);
  });
});

describe('a question about what a group or a document says', () => {
  // Global Voices, 2009 (CC BY 3.0), fresh text.
  test('"Is the paper saying they are ok with …?" reports nothing', () => {
    expect(reported('Is the paper saying they are ok with someone with homosexual orientation as long as they don’t engage in sex?')).toEqual([]);
  });
});
