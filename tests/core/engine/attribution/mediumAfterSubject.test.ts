import { describe, expect, test } from 'vitest';
import { mediumAfterSubject, mediumBefore } from '../../../../src/core/engine/attribution/mediumAfterSubject';
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

// Wikinews, "Drought-stricken Somalia nears famine", 2011-07-13 (CC BY 2.5), a fresh page of session 49.
describe('the outlet a medium was with, right before the verb', () => {
  test('"Prime Minister Abdiweli Mohamed Ali in an interview with the BBC said" is the prime minister, not the BBC', () => {
    const article = analyze(
      'Drought-stricken Somalia nears famine',
      'Somalia\'s Prime Minister Abdiweli Mohamed Ali in an interview with the BBC said a refugee camp has opened in Mogadishu, but that the government had "meagre" resources to help drought victims. "We are appealing to the international community to take the matter seriously and to act quickly to save as many lives as we can," he told the BBC.',
    );
    expect(attribution(article, 'a refugee camp has opened in Mogadishu')).toMatchObject({ kind: 'reported', speaker: 'Abdiweli Mohamed Ali' });
    expect(attribution(article, 'meagre').speaker).toBe('Abdiweli Mohamed Ali');
  });

  test('with no subject before the medium the outlet is still not the speaker', () => {
    const article = analyze('Drought-stricken Somalia nears famine', 'The man in a letter to the BBC said a refugee camp has opened in Mogadishu.');
    expect(attribution(article, 'a refugee camp has opened').speaker).not.toBe('BBC');
  });

  test('an outlet that is itself the subject still speaks: "the BBC said", "a spokesman told the BBC"', () => {
    expect(mediumBefore('A refugee camp has opened, the ')).toBe(-1);
    expect(mediumBefore('Ali, in an interview with ')).toBeGreaterThan(0);
  });
});
