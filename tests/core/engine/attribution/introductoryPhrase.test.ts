import { describe, expect, test } from 'vitest';
import { analyze, quotesOf } from './helpers';

// introductoryPhrase.ts: the adverbial phrase that opens a sentence before its cue reports nothing.

const texts = (...paragraphs: Array<string>) => quotesOf(analyze(...(paragraphs as [string, ...Array<string>]))).map((q) => q.text);

describe('a phrase opening the sentence before its cue', () => {
  // Wikinews, "US Representative Elijah Cummings dies at age 68", 2019-10-18, CC BY 2.5 (not in the corpus).
  test('"In grade school, Cummings expressed …" gives no quote "In grade school"', () => {
    const found = texts(
      'US Representative Elijah Cummings dies at age 68',
      "Elijah Eugene Cummings, first elected to Congress in 1996, was born in Baltimore, Maryland, in 1951. His parents, Robert Cummings Sr. and Ruth Elma Cummings, were sharecroppers. In grade school, Cummings expressed intent to become a lawyer. After receiving a bachelor's degree in political science from Howard University, he attended law school at the University of Maryland. Cummings passed the state bar exam in 1976, and went on to start his own law practice.",
    );
    expect(found).not.toContain('In grade school');
  });

  // NASA, "55 Years Ago: President Nixon Establishes Space Task Group to Chart Post-Apollo Plans" (public domain, work of
  // the US federal government), not in the corpus.
  test('"In separate letters, both Agnew and Paine recommended …" gives no quote "In separate letters"', () => {
    const found = texts(
      '55 Years Ago: President Nixon Establishes Space Task Group to Chart Post-Apollo Plans',
      'In separate letters, both Agnew and Paine recommended to President Nixon to choose Option II.',
    );
    expect(found).not.toContain('In separate letters');
  });
});
