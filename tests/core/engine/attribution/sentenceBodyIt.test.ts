import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// sentenceBodyIt.ts: "…, it reported" closing a sentence that opens on a body is that body's word. Sentences verbatim
// from the development half of tests/fixtures/real.

const REFUGEES = 'Indonesian authorities: Refugee boats pushed back by Australian Navy';

describe('an "it" cue after a sentence that opens on a body', () => {
  // wikinews-indonesian-authorities-refugee-boats-pushed-back-australian-navy-2014-01-13.
  test('"The United Nations Refugee Agency (UNRA) was seeking explanation …, it reported" is the agency\'s report', () => {
    const article = analyze(
      REFUGEES,
      'Defence Force chief David Hurley also claimed professional behaviour of board officers and the Navy when handling arriving refugees boats.',
      'The United Nations Refugee Agency (UNRA) was seeking explanation from the Australian government, it reported in a press briefing this Saturday.',
    );
    expect(attribution(article, 'The United Nations Refugee Agency (UNRA) was seeking')).toMatchObject({
      kind: 'reported',
      speaker: 'United Nations Refugee Agency',
    });
  });

  // The same sentence with a possessive: the staff, not the agency, are its subject.
  test('a possessive opening is no subject: "The United Nations Refugee Agency\'s staff were seeking …, it reported" is not the agency\'s', () => {
    const article = analyze(
      REFUGEES,
      "The United Nations Refugee Agency's staff were seeking explanation from the Australian government, it reported in a press briefing this Saturday.",
    );
    expect(attribution(article, "The United Nations Refugee Agency's staff").speaker).toBeNull();
  });
});

// wikinews-swine-flu-cases-worldwide-top-1000-2009-05-04.
describe('an "it" cue in a clause a conjunction adds to a sentence that opens on a body', () => {
  const FIRST =
    "The United Nations' World Health Organization reported on Monday that the total number of confirmed cases of the H1N1 swine flu virus worldwide has surpassed one thousand.";
  const ALERT =
    'The WHO has recently increased its pandemic alert level to the fifth level, on a scale of one to six, although it has said an increase to the highest level is not probable.';

  test('"The WHO has recently increased …, although it has said …" is the WHO\'s word', () => {
    const article = analyze('Swine flu cases worldwide top 1,000', FIRST, ALERT);
    expect(attribution(article, 'an increase to the highest level is not probable')).toMatchObject({
      kind: 'reported',
      speaker: "United Nations' World Health Organization",
      resolution: 'pronoun',
    });
  });

  // The same sentence, alone, opening on a possessive: the WHO's chief, not the WHO, is its subject.
  test('"The WHO\'s chief has recently increased …, although it has said …" is not the WHO\'s', () => {
    const article = analyze('Swine flu cases worldwide top 1,000', ALERT.replace('The WHO has', "The WHO's chief has"));
    expect(attribution(article, 'an increase to the highest level is not probable').speaker).toBeNull();
  });
});
