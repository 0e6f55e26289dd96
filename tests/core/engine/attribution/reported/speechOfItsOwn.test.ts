import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/speechOfItsOwn.ts: whether the words around "according to X" hold a speech verb of their own, which a phone
// call, a deed owned up to, or a call in marks decides.

describe('a trailing source after a phone call', () => {
  // Wikinews, "Baby finds drugs in Kamloops playground" (2020, CC BY 2.5), development half.
  test('"A mother called the police …, according to Kamloops Police": "called" with a plain object is no cue of its own', () => {
    const article = analyze(
      'Baby finds drugs in playground',
      'A mother called the police in Kamloops, British Columbia (B.C.), Canada on Sunday morning after her 11-month daughter discovered a bag full of a substance that appeared to be fentanyl, a dangerous opioid drug, according to Kamloops Police, at the McDonald Park playground.',
    );
    expect(attribution(article, 'A mother called the police')).toMatchObject({ kind: 'reported', speaker: 'Kamloops Police' });
  });

  // Wikinews, "Pelosi announces Trump impeachment investigation" (2019, CC BY 2.5), development half.
  test('"Pelosi called Trump\'s conduct a "breach …," according to NBC": a judgement in marks is Pelosi\'s, not NBC\'s', () => {
    const article = analyze(
      'US Speaker Pelosi announces Trump impeachment investigation',
      'Pelosi called Trump\'s conduct a "breach of his Constitutional responsibilities," according to NBC.',
    );
    expect(quotesOf(article).some((q) => article.entities.find((e) => e.id === q.speakerId)?.name === 'NBC')).toBe(false);
  });

  test('"called for" before the source is a call of its own: the source backs nothing', () => {
    const article = analyze('Headline', 'Amnesty International called for an inquiry into the deaths, according to Reuters.');
    expect(quotesOf(article).some((q) => article.entities.find((e) => e.id === q.speakerId)?.name === 'Reuters')).toBe(false);
  });
});

describe('a deed owned up to, then the source', () => {
  // wikinews-us-judge-orders-release-trump-tax-records-2019-10-10 (development half; Wikinews, CC BY 2.5).
  test('"Trump has admitted to ordering the payments, according to prosecutors, but …" is the prosecutors\' report', () => {
    const article = analyze(
      "U.S. judge orders release of President Trump's tax records",
      'Trump has admitted to ordering the payments, according to prosecutors, but the U.S. Justice Department maintains a policy of not charging the sitting president with crimes.',
    );
    expect(attribution(article, 'Trump has admitted to ordering the payments')).toMatchObject({ kind: 'reported', cue: 'according to prosecutors' });
    expect(attribution(article, 'Trump has admitted to ordering the payments').speaker).not.toBe('Donald Trump');
  });
});
