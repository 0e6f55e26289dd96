import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// labelledPeople.ts: a `((Name))` transcript label the name pass found no person in. Excerpts from a fresh Wikinews page
// (2020-10-18, "Living with HIV during COVID-19: Wikinews talks to HIV-positive sex workers …", CC BY 2.5).

const intro =
  'While many relied on technology for continuing their work and earn their livelihood, Wikinews reached out to sex workers in Mysore in June who, unlike others, can\'t maintain social distancing for their work. Two sex workers, Akram Pasha, and Jaya (a pseudonym), who were part of a sex worker\'s group called "Ashodaya Samithi" discussed how their lives had been affected by the coronavirus, the lockdown and the restrictions they had faced.';

describe('people named only by their transcript labels', () => {
  test("'((Jaya)) …' answers, after the prose names 'Jaya (a pseudonym)', are Jaya's, and Jaya is a person", () => {
    const article = analyze(
      'Living with HIV during COVID-19: Wikinews talks to HIV-positive sex workers about how pandemic has effected their lives',
      intro,
      '((WN)) When did you start working as a sex worker?',
      '((Jaya)) I was 16 when I left home. I was 18-19 [when all of these things happened].',
      '((WN)) How has your life changed since then?',
      '((Jaya)) A lot has changed sir. I thought that the life I had with Raju was all I had. Then I was connected to Ashodaya.',
    );
    expect(attribution(article, 'I was 16 when I left home.')).toMatchObject({ kind: 'direct', speaker: 'Jaya', cue: '((Jaya))' });
    expect(attribution(article, 'A lot has changed sir.')).toMatchObject({ kind: 'direct', speaker: 'Jaya' });
    expect(article.entities.some((e) => e.type === 'person' && e.name === 'Jaya')).toBe(true);
  });

  test('a label the prose never writes stays without a speaker', () => {
    const article = analyze(
      'Wikinews talks to sex workers',
      'Wikinews reached out to sex workers in Mysore in June.',
      '((WN)) When did you start working as a sex worker?',
      '((Jaya)) I was 16 when I left home. I was 18-19 [when all of these things happened].',
      '((WN)) How has your life changed since then?',
      '((Jaya)) A lot has changed sir. Then I was connected to Ashodaya.',
    );
    expect(attribution(article, 'I was 16 when I left home.')).toMatchObject({ kind: 'direct', speaker: null });
  });
});
