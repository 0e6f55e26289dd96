import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// namedParent.ts: "the father" or "the mother" is the one parent of that gender the text named.

const HEADLINE = 'California court sentences parents who kept their children in captivity';
// wikinews-california-court-sentences-turpin-parents-2019-04-20 (development half; English Wikinews, CC BY 2.5).
const SENTENCED =
  "Yesterday in California's Riverside County criminal court, Judge Bernard Schwartz sentenced David and Louise Turpin to life in prison for torturing all but the youngest of their thirteen children.";

describe('a parent noun after the text named the parents', () => {
  test('"The mother said" right after "The father said" is Louise Turpin, though the sentence before is about the father', () => {
    const article = analyze(
      HEADLINE,
      SENTENCED,
      'David Turpin, alone, was also charged with making false statements for the purpose of obtaining a home schooling license.',
      'The father said "I love my children and I believe my children love me."',
      'The mother said "I really look forward to the day I can see them, hug them and tell them I\'m sorry."',
    );
    expect(attribution(article, 'I love my children')).toMatchObject({ kind: 'direct', speaker: 'David Turpin', resolution: 'role' });
    expect(attribution(article, 'I really look forward')).toMatchObject({ kind: 'direct', speaker: 'Louise Turpin', resolution: 'role' });
  });

  // The judge's sentence is the article's; the neighbour's is made up: a second woman the text makes a mother leaves
  // "the mother" to neither.
  test.each([
    { who: 'Louise Turpin, the one mother named', speaker: 'Louise Turpin', others: [] },
    { who: 'no one when a neighbour is a mother too', speaker: null, others: ['A neighbour, Mary Jones, has raised her four children on the same street.'] },
  ])('"The mother said" after the judge\'s words is $who', ({ speaker, others }) => {
    const article = analyze(
      HEADLINE,
      SENTENCED,
      ...others,
      'The judge presiding over the case, Bernard Schwartz, said, "You have severed the ability to interact and raise your children that you have created and brought into this world."',
      'The mother said "I really look forward to the day I can see them, hug them and tell them I\'m sorry."',
    );
    expect(attribution(article, 'I really look forward').speaker).toBe(speaker);
  });
});
