import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/dashedAside.ts: a first-person quote set off by dashes in a sentence about one person.
// NASA, "NASA Grant Brings Students at Underserved Institutions to the Stars" (nasa_article_180.md of
// katie-hofschen/NASA_RAG, not in the corpus).

const HEADLINE = 'NASA Grant Brings Students at Underserved Institutions to the Stars';
const INTRO = '“We learned so much in Laurie’s lab,” said Erika Flores, Barge’s first Cal State LA intern.';
const ASIDE =
  'Although she decided not to become a planetary scientist – “I considered it, but I didn’t want to spend another five years on a Ph.D.; I was ready to get a job” – Flores credits the JPL internship with helping her overcome a case of impostor syndrome.';

describe('a quoted aside between dashes', () => {
  test('"Although she decided … – “I considered it …” – Flores credits …" is Flores’s', () => {
    const article = analyze(HEADLINE, INTRO, ASIDE);
    expect(attribution(article, 'I considered it, but I didn’t want')).toMatchObject({ kind: 'direct', speaker: 'Erika Flores' });
  });

  test('a sentence that names another person before the aside leaves it to no one by this rule', () => {
    const article = analyze(HEADLINE, INTRO, ASIDE.replace('Although she decided', 'Although Laurie Barge hoped she would decide'));
    expect(attribution(article, 'I considered it, but I didn’t want').speaker).not.toBe('Erika Flores');
  });

  test('a quote about "him" or "her" in the aside is not given to the one named after it', () => {
    const article = analyze(HEADLINE, INTRO, ASIDE.replace('I considered it, but', 'I told her I considered it, but'));
    expect(attribution(article, 'I told her I considered it').speaker).toBeNull();
  });

  test('an aside after someone else\'s advice, with no "she" acting before it, is not given to the one named after it', () => {
    const article = analyze(HEADLINE, INTRO, ASIDE.replace('Although she decided not to become a planetary scientist', 'Inspired by her teacher’s advice'));
    expect(attribution(article, 'I considered it, but I didn’t want').speaker).toBeNull();
  });
});
