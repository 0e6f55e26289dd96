import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../attribution/helpers';

// parentTie.ts: "the father" or "the mother" stands only for a person the text made a parent.

describe('a parent noun', () => {
  // wikinews-california-court-sentences-turpin-parents-2019-04-20 (development half; English Wikinews, CC BY 2.5).
  test('"The father said" after "David and Louise Turpin … their thirteen children" is David Turpin', () => {
    const article = analyze(
      'California court sentences parents who kept their children in captivity',
      "Yesterday in California's Riverside County criminal court, Judge Bernard Schwartz sentenced David and Louise Turpin to life in prison for torturing all but the youngest of their thirteen children.",
      'Specifically, both parents faced twelve counts of torture and false imprisonment. David Turpin, alone, was also charged with making false statements for the purpose of obtaining a home schooling license.',
      'The father said "I love my children and I believe my children love me."',
    );
    expect(attribution(article, 'I love my children')).toMatchObject({ kind: 'direct', speaker: 'David Turpin' });
  });

  test('the judge who sentenced them, named before the parents in that sentence, is no parent: the father is', () => {
    const article = analyze(
      'California court sentences parents who kept their children in captivity',
      "Yesterday in California's Riverside County criminal court, Judge Bernard Schwartz sentenced David and Louise Turpin to life in prison for torturing all but the youngest of their thirteen children.",
      'Schwartz went on to say he was not giving them the longest possible sentence.',
      'The father said "I love my children and I believe my children love me."',
    );
    expect(attribution(article, 'I love my children')).toMatchObject({ kind: 'direct', speaker: 'David Turpin' });
  });

  // Made up, after a shape direct8 saw: the father was the mayor named just before, by the pronoun "he".
  test.each(['father', 'mother'])('"The %s said" after a mayor nobody made a parent is unattributed', (noun) => {
    const article = analyze(
      'Town mourns boy lost in flood',
      'A boy of nine drowned on Sunday when the river burst its banks in Millbrook, police said.',
      'Mayor John Smith visited the site on Monday. "We will rebuild the bridge," Smith said.',
      `The ${noun} said: "He was the light of our lives."`,
    );
    expect(attribution(article, 'He was the light')).toMatchObject({ kind: 'direct', speaker: null, resolution: 'unattributed' });
  });

  test('"The father said" after "Mayor John Smith, whose son drowned" is the mayor', () => {
    const article = analyze(
      'Town mourns boy lost in flood',
      'Mayor John Smith, whose son drowned on Sunday, visited the site on Monday. "We will rebuild the bridge," Smith said.',
      'The father said: "He was the light of our lives."',
    );
    expect(attribution(article, 'He was the light')).toMatchObject({ kind: 'direct', speaker: 'John Smith' });
  });
});
