import { describe, expect, test } from 'vitest';
import { mediumAfterSubject } from '../../../../src/core/engine/attribution/mediumAfterSubject';
import { analyze, attribution } from './helpers';

// mediumAfterSubject.ts: the medium a subject spoke in, set between the subject and its verb ("Netanyahu in a tweet
// congratulated"), is read past, so the verb and a speech verb joined to it by "and" stay the subject's.

describe('a medium phrase between a subject and its verb', () => {
  // wikinews-dublin-mayor-eurovision-boycott-israel-2018-05-15.
  const NETANYAHU =
    'Israeli Prime Minister Benjamin Netanyahu in a tweet congratulated Netta after her victory and said, "Netta, you are a real dear. You brought a lot of honour to the State of Israel! Next year in Jerusalem!"';

  test('"Netanyahu in a tweet congratulated Netta … and said, "…"" gives the quote to Netanyahu, not Netta', () => {
    const article = analyze('Dublin mayor calls for Eurovision boycott of Israel', NETANYAHU);
    expect(attribution(article, 'Netta, you are a real dear')).toMatchObject({ speaker: 'Benjamin Netanyahu' });
  });

  test('the phrase " in a tweet" is read past when a past verb follows it', () => {
    expect(mediumAfterSubject(' in a tweet congratulated Netta after her victory and said')).toBe(' in a tweet'.length);
  });

  test('a listener or an outlet after the medium belongs to the phrase: " in an interview with CNN said"', () => {
    expect(mediumAfterSubject(' in an interview with CNN said the talks had failed')).toBe(' in an interview with CNN'.length);
  });

  test('a phrase with no verb after it, or a place, is not read past: " in a letter to the editor of"', () => {
    expect(mediumAfterSubject(' in a letter to the editor of the Times')).toBe(0);
    expect(mediumAfterSubject(' in a village near Kabul said')).toBe(0);
  });

  test('a subject in a medium noun phrase with no verb of its own still abstains: "Smith in a statement by the ministry"', () => {
    expect(mediumAfterSubject(' in a statement by the ministry')).toBe(0);
  });
});
