import { describe, expect, test } from 'vitest';
import { countedObjectEnd, countedObjectStart } from '../../../../../src/core/engine/attribution/reported/countedObject';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/countedObject.ts: a count of cases given out by "reported" or "confirmed", with where it was counted.

describe('a count "reported" or "confirmed" runs on through where it was counted', () => {
  // English Wikinews 2020, wikinews-chile-covid-19-outbreak-antarctica-2020-12-26 (development half).
  test('"reported 36 infections with COVID-19 at … Base in Trinity Peninsula, Antarctica" keeps the base', () => {
    const article = analyze(
      'COVID-19 outbreak reaches Antarctica',
      "On Sunday, Chilean military authorities reported 36 infections with COVID-19 at General Bernardo O'Higgins Riquelme Base in Trinity Peninsula, Antarctica.",
    );
    expect(attribution(article, '36 infections')).toMatchObject({ kind: 'reported', cue: 'military authorities reported' });
    expect(quotesOf(article)[0]?.text).toBe("36 infections with COVID-19 at General Bernardo O'Higgins Riquelme Base in Trinity Peninsula");
  });

  test('"reported on Tuesday, 21 confirmed cases of the virus on … supply vessel that visited the base …": past the day', () => {
    const article = analyze(
      'COVID-19 outbreak reaches Antarctica',
      "The Health Minister for the Biobio Region in Chile reported on Tuesday, 21 confirmed cases of the virus on Chilean Navy's Sergeant Aldea supply vessel that visited the base between November 27 and December 10.",
    );
    expect(attribution(article, '21 confirmed cases')).toMatchObject({ kind: 'reported', speaker: 'Health Minister for the Biobio Region' });
    expect(quotesOf(article)[0]?.text).toBe(
      "21 confirmed cases of the virus on Chilean Navy's Sergeant Aldea supply vessel that visited the base between November 27 and December 10",
    );
  });

  test('"reported one more case in Las Estrellas\' village, where …": the place\'s description is not the count', () => {
    const article = analyze(
      'COVID-19 outbreak reaches Antarctica',
      "On Thursday the local health secretary reported one more case in Las Estrellas' village, where some Air Force Base civilian personnel live.",
    );
    expect(quotesOf(article).map((q) => [q.kind, q.text])).toEqual([['reported', "one more case in Las Estrellas' village"]]);
  });

  // English Wikinews 2020, wikinews-sars-cov-2-surpasses-one-million-infections-2020-04-05 (development half).
  test('"reported 1,051,635 confirmed cases, including 79,332 cases in …": the part the count includes, and no cut at its own comma', () => {
    const article = analyze(
      'SARS-CoV-2 surpasses one million infections',
      'By yesterday, the World Health Organization reported 1,051,635 confirmed cases, including 79,332 cases in the twenty four hours preceding 10 a.m. Central European Time (0800 UTC) on April 4.',
    );
    expect(attribution(article, '1,051,635 confirmed cases, including 79,332 cases')).toMatchObject({ kind: 'reported', speaker: 'World Health Organization' });
  });

  // English Wikinews 2020, wikinews-tesco-sells-polish-branch-salling-group-2020-06-21 (development half).
  test('"The chain\'s press release reported 22 sold units in the past year and a half, …" keeps when they were sold', () => {
    const article = analyze(
      'Tesco sells Polish branch to Salling Group',
      "The chain's press release reported 22 sold units in the past year and a half, for around 200 million pounds.",
    );
    expect(attribution(article, '22 sold units in the past year and a half')).toMatchObject({ kind: 'reported' });
  });

  test('a clause after the count is no count: "reported 32 people were hospitalised" is left to the clause\'s reading', () => {
    const text = 'Officials reported 32 patients were hospitalised on Monday.';
    expect(countedObjectStart('reported', text, text.indexOf(' 32'), text.length - 1)).toBeNull();
  });

  test('the count ends before when it was given out', () => {
    const text = 'reported 21 new cases on Tuesday';
    expect(text.slice(8, countedObjectEnd(text, 8, text.length))).toBe(' 21 new cases');
  });
});
