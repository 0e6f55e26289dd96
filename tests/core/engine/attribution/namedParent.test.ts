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

// Made up, in the shape of local missing-child and crash reports: a relative who raises a child, or a parent of a child
// the phrase names, is not "the father" or "the mother".
describe('a parent noun and relatives who are not that parent', () => {
  test('"The mother said" after "Her grandmother, Jane Doe, said her daughter …" is not the grandmother', () => {
    const article = analyze(
      'Toddler rescued from river',
      'A two-year-old girl was pulled from the river on Sunday. Her grandmother, Jane Doe, said her daughter had left the child with a neighbour for an hour.',
      'The mother said: "I will never forgive myself."',
    );
    expect(attribution(article, 'I will never forgive').speaker).not.toBe('Jane Doe');
  });

  test('"The father said" after "Tom Baker, the boy\'s stepfather, said his son …" is not the stepfather', () => {
    const article = analyze(
      'Boy found safe after three days',
      'Police found the boy, aged seven, in a barn near the farm on Friday. Tom Baker, the boy\'s stepfather, said his son had been "cold but cheerful".',
      'The father said: "I just want to see him."',
    );
    expect(attribution(article, 'I just want to see him').speaker).not.toBe('Tom Baker');
  });

  test('"The father of the arrested boy said" is not the father of the boy who died', () => {
    const article = analyze(
      'Teen killed in stabbing',
      'Mark Evans, 17, died in hospital on Saturday. Officers arrested a 16-year-old boy at his home. Peter Evans said his son "loved football more than anything".',
      'The father of the arrested boy said: "My son did not do this."',
    );
    expect(attribution(article, 'My son did not do this').speaker).not.toBe('Peter Evans');
  });
});
