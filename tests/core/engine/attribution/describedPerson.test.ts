import { describe, expect, test } from 'vitest';
import { analyze, quotesOf } from './helpers';

// describedPerson.ts: a role noun of a person nobody holds, read as a pronoun would be, or as the person just before.

// A NASA employee profile, 2024 (fresh text, public domain): "the chair" holds no title the text gave anyone, and the one
// the sentence is about is the object "him" of the chair's request, so the chair is not he.
describe('an untitled role noun whose verb takes "him" is not the person the sentence is about', () => {
  const article = analyze(
    'Koralla profile',
    'Hemanth Koralla is an engineer at Johnson.',
    'Koralla got active in the ASIA Employee Resource Group (ERG) shortly after arriving at Johnson in 2022, when the chair asked him to join as a cohort member and to help lead the group’s social activities. He was elected as the ERG’s recording secretary for 2023.',
  );

  test('"when the chair asked him to join …" is not given to Koralla', () => {
    const quote = quotesOf(article).find((q) => q.text.startsWith('him to join'));
    const speaker = article.entities.find((e) => e.id === quote?.speakerId)?.name ?? null;
    expect(speaker).not.toBe('Hemanth Koralla');
  });
});
