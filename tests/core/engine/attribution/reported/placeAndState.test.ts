import { describe, expect, test } from 'vitest';
import { wordsToComma } from '../../../../../src/core/engine/attribution/reported/placeAndState';
import { analyze, quotesOf } from '../helpers';

// reported/placeAndState.ts: a state or a country set off by commas after a place's name belongs to the "according to"
// source, not to what the source says.

describe('"According to X in City, State, …"', () => {
  // wikinews-driver-new-hampshire-motorcycle-crash-pleads-not-guilty-2019-06-28 (Wikinews, CC BY 2.5), development half.
  test('the report starts after the state: "According to police in Baytown, Texas, Zhukovskyy has been involved …"', () => {
    const article = analyze(
      'Driver in New Hampshire motorcycle crash pleads not guilty',
      'According to police in Baytown, Texas, Zhukovskyy has been involved in traffic collisions before. Reportedly, he struck a guard rail on June 3 and flipped the Mack truck he had been driving on its side.',
    );
    const quote = quotesOf(article).find((q) => q.text.includes('traffic collisions'));
    expect(quote?.text).toBe('Zhukovskyy has been involved in traffic collisions before');
    expect(quote?.cue?.text).toBe('According to police in Baytown, Texas');
  });

  // Wikinews, "Study shows shopping cart injuries rise after US safety standards set" (AMALGUM_news_cart, CC BY 2.5),
  // read as fresh text by lane wild35.
  test('the same with a body as the source: "According to Nationwide Children\'s Hospital in Columbus, Ohio, parents can …"', () => {
    const article = analyze(
      'Study shows shopping cart injuries rise after US safety standards set',
      "According to Nationwide Children's Hospital in Columbus, Ohio, parents can follow several guidelines in order to reduce the danger of shopping cart-related accidents:",
    );
    expect(quotesOf(article).map((q) => q.text)).toEqual([
      'parents can follow several guidelines in order to reduce the danger of shopping cart-related accidents',
    ]);
  });
});

describe("the words up to the source's comma", () => {
  test('run past a known state after a capitalised place', () => {
    const text = 'police in Baytown, Texas, Zhukovskyy has';
    expect(wordsToComma(text, 0, text.length)).toBe('police in Baytown, Texas,'.length);
  });

  test('stop at the first comma when the next name is no place', () => {
    const text = 'police in Columbus, Smith, the chief, was';
    expect(wordsToComma(text, 0, text.length)).toBe('police in Columbus,'.length);
  });

  test('stop at the first comma after a lower-case word', () => {
    const text = 'the police, Texas, the state, is safe';
    expect(wordsToComma(text, 0, text.length)).toBe('the police,'.length);
  });

  test('are undefined with no comma near', () => {
    expect(wordsToComma('police said so', 0, 14)).toBeUndefined();
  });
});

// Breaks found by lane break35 in wire-style sentences (constructed in the shape of Reuters/AP lists of countries and of
// IAEA reports): the country after the source's comma is what the source speaks of, not where the source is.
describe('a country after the source that starts its words', () => {
  test('"According to diplomats in Brussels, Germany, France and Italy oppose …" keeps the list of countries in the report', () => {
    const article = analyze('EU fund', 'According to diplomats in Brussels, Germany, France and Italy oppose the plan to expand the fund.');
    expect(quotesOf(article).map((q) => q.text)).toEqual(['Germany, France and Italy oppose the plan to expand the fund']);
  });

  test('"According to the IAEA, Iran, which denies …, has enriched …" keeps Iran in the report', () => {
    const article = analyze('Iran', 'According to the IAEA, Iran, which denies seeking nuclear weapons, has enriched uranium to 60 percent purity.');
    expect(quotesOf(article).map((q) => q.text)).toEqual(['Iran, which denies seeking nuclear weapons, has enriched uranium to 60 percent purity']);
  });
});
