import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';

// danglingFragment.ts: the start of a sentence its cue breaks off ("One child was, according to …, among the dead") is
// no reported content: it ends on a word no clause ends on.

const texts = (...paragraphs: Array<string>) => quotesOf(analyze(...(paragraphs as [string, ...Array<string>]))).map((q) => q.text);

describe('a sentence’s start broken off by its cue', () => {
  // Wikinews, "Hotel fire kills at least seventeen in Karol Bagh, New Delhi", 2019-02-13, CC BY 2.5 (not in the corpus).
  test('"One child was, according to the fire service, among the dead" gives no quote "One child was"', () => {
    const found = texts(
      'Hotel fire kills at least seventeen in Karol Bagh, New Delhi',
      'Local media reported most of the deceased suffocated. One child was, according to the fire service, among the dead.',
    );
    expect(found).not.toContain('One child was');
    expect(found).toContain('most of the deceased suffocated');
  });

  // Wikinews, "Millions don't turn up to 'storm' US airbase for extraterrestrial evidence", 2019-09-22, CC BY 2.5.
  test('"Friday was when, according to earlier event plans, …" gives no quote "Friday was when"', () => {
    const found = texts(
      "Millions don't turn up to 'storm' US airbase for extraterrestrial evidence",
      "Friday was when, according to earlier event plans, millions of people were to storm Area 51, a classified facility within the United States Air Force's Nevada Test and Training Range, and the world was to finally learn of its secrets.",
    );
    expect(found).not.toContain('Friday was when');
  });

  // Wikinews, "Caloundra defeat Wynnum in Sunshine Coast rugby", 2020-08-25, CC BY 2.5 (development half).
  test('"… a big factor in that according to Kidston": "that" after a preposition is a pronoun, and the clause is whole', () => {
    const article = analyze(
      'Caloundra defeat Wynnum in Sunshine Coast rugby',
      'Caloundra captain Jarrod Kidston was pleased with the win.',
      'Fitness was a big factor in that according to Kidston. "We\'ve been working hard on our fitness so it was pretty good to get the points at the back end", he said.',
    );
    expect(quotesOf(article).map((q) => q.text)).toContain('Fitness was a big factor in that');
  });
  // NASA (public domain), development half; Wikinews (CC BY 2.5), fresh text.
  test('a clause ending on a verb’s particle ("hard to come by") is whole; a passive’s "by" still dangles', () => {
    const found = texts(
      'NASA-led study provides first global accounting of Earth’s rivers',
      'Cédric David of NASA’s Jet Propulsion Laboratory led the study.',
      'Better estimates have been hard to come by, David said.',
      'The relic was carried in procession followed by, according to varying reports, nearly 2000 people.',
    );
    expect(found).toContain('Better estimates have been hard to come by');
    expect(found).not.toContain('The relic was carried in procession followed by');
  });

  // VOA (public domain), development half.
  test('a clause ending on the copula of an indirect question ("who that would be") is whole', () => {
    const article = analyze(
      'Cambodia tribunal indictments on Hello VOA',
      'Youk Chhang told listeners that the 2003 UN-Cambodian agreement only called for indictments of "senior leaders of Democratic Kampuchea." It\'s up to the courts to decide who that would be, he said.',
    );
    expect(attribution(article, "It's up to the courts to decide who that would be")).toMatchObject({ kind: 'reported', speaker: 'Youk Chhang' });
  });
});
