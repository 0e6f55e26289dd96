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
