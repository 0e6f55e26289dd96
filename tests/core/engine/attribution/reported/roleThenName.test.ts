import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/roleThenName.ts: "according to the resort's manager Mr. Naseem" — the name after a role is the source.

describe('a role and a name with no comma between them after "according to"', () => {
  // Wikinews (CC BY 2.5), development half.
  test('"According to the resort\'s manager Mr. Naseem, …" is Naseem\'s word', () => {
    const article = analyze(
      'Suspected plane debris washes ashore on several Maldives islands',
      "Villagers found debris on the beach of a resort. According to the resort's manager Mr. Naseem, the bigger pieces of debris and other waste were taken away and disposed of in the usual way.",
    );
    expect(attribution(article, 'the bigger pieces of debris')).toMatchObject({
      speaker: 'Naseem',
      cue: "According to the resort's manager Mr. Naseem",
    });
  });

  // Wikinews (CC BY 2.5), development half.
  test('"… and according to the university\'s astronomy professor Scott Gaudi, it is …" is Gaudi\'s word', () => {
    const article = analyze(
      'Astronomers reveal hottest gas giant exoplanet',
      'On Monday, astronomers at the Ohio State University, Columbus, revealed the discovery of an exoplanet, named KELT-9b and according to the university\'s astronomy professor Scott Gaudi, it is "the hottest gas giant planet that has ever been discovered".',
    );
    expect(attribution(article, 'it is "the hottest')).toMatchObject({ speaker: 'Scott Gaudi' });
  });

  // Wikinews (CC BY 2.5), development half.
  test('"According to the Vice-Minister of Defense Andrés Peñate the majority …": the name ends the source\'s words', () => {
    const article = analyze(
      'Colombia releases detailed report about FARC',
      'According to the Vice-Minister of Defense Andrés Peñate the majority of the FARC incomes comes from the commercialization of the drugs, followed by extorsion and kidnapping.',
    );
    expect(attribution(article, 'the majority of the FARC')).toMatchObject({ speaker: 'Andrés Peñate' });
  });

  test('a name set off after a role of someone else is not taken for the source', () => {
    const article = analyze('Money never paid', 'According to the lawyer of the accused, John Smith, the money was never paid.');
    expect(quotesOf(article).every((q) => attribution(article, q.text).speaker !== 'John Smith')).toBe(true);
  });

  test('a name that owns the source ("the mayor John Smith\'s office") leaves the office the source', () => {
    const article = analyze('Money never paid', "According to the mayor John Smith's office, the money was never paid.");
    expect(attribution(article, 'the money was never paid').speaker).not.toBe('John Smith');
  });

  test("a role after a preposition is someone else's: the lawyer of a founder named after it is no founder", () => {
    const article = analyze('Money never paid', 'According to the lawyer of Microsoft founder Bill Gates, the money was never paid.');
    expect(attribution(article, 'the money was never paid').speaker).not.toBe('Bill Gates');
  });
});
