import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';
import { gerundStart } from '../../../../../src/core/engine/attribution/reported/gerundComplement';

// reported/gerundComplement.ts: "admitted not knowing …", "described witnessing …" — the -ing clause is what was said.

describe('an -ing clause after a verb of admitting, describing or reporting', () => {
  // "Car bomb at military base in Maidan Wardak", Wikinews (CC BY 2.5), development half.
  test('"Sharif Hotak … described witnessing 35 bodies in one hospital": the -ing clause is his reported speech', () => {
    const article = analyze(
      'Car bomb kills dozens at military base in Maidan Wardak, Afghanistan',
      'Some estimated death tolls, provided anonymously by officials to journalists, exceeded 100. Sharif Hotak, of the Maidan Wardak provincial council, described witnessing 35 bodies in one hospital, with some casualties, both alive and dead, transported to Kabul.',
    );
    expect(attribution(article, 'witnessing 35 bodies in one hospital')).toMatchObject({ kind: 'reported', speaker: 'Sharif Hotak' });
  });

  // "Thailand: Grandfather Serving an Anti-Royal Sentence Dies in Prison", Global Voices (CC BY 3.0), development half
  // (the article names him "Ampon" here; the full name stands in so the sentence reads alone).
  test('"admitted not knowing how to send SMS messages and that …": the negated -ing clause, then the that-clause', () => {
    const article = analyze(
      'Thailand: Grandfather Serving an Anti-Royal Sentence Dies in Prison',
      'During the trial, Ampon Tangnopponkul admitted not knowing how to send SMS messages and that he did not recognize the numbers belonging to the receivers.',
    );
    expect(quotesOf(article).map((q) => q.text)).toEqual([
      'not knowing how to send SMS messages',
      'he did not recognize the numbers belonging to the receivers',
    ]);
    expect(attribution(article, 'not knowing')).toMatchObject({ speaker: 'Ampon Tangnopponkul', cue: 'Ampon Tangnopponkul admitted' });
  });

  test('an -ing noun or preposition after the verb is no -ing clause: "reported flooding in the area", "denied during the hearing"', () => {
    const flooding = 'The mayor reported flooding in the area.';
    expect(gerundStart('reported', flooding, flooding.indexOf(' flooding'))).toBeNull();
    const during = 'He denied during the hearing any wrongdoing.';
    expect(gerundStart('denied', during, during.indexOf(' during'))).toBeNull();
    const funding = 'The agency announced funding for new schools.';
    expect(gerundStart('announced', funding, funding.indexOf(' funding'))).toBeNull();
  });

  // wikinews-french-journalists-claim-gaddafi-promised-sarkozy-campaign-2012-04-29 (held-out gold of session 36, now dev).
  test('"Hortefeux has denied ever meeting Kussa or Saleh": after "ever" the -ing word is a verb, not a meeting', () => {
    const article = analyze(
      'French journalists claim Gaddafi promised Sarkozy campaign €50 million',
      "The newly-released document states as present Libya's head of African investment, Bashir Saleh; Sarkozy ally Brice Hortefeux; Libyan intelligence chief Abdullah Senussi; and arms dealer Ziad Takieddine.",
      'Hortefeux has denied ever meeting Kussa or Saleh.',
    );
    expect(attribution(article, 'ever meeting Kussa or Saleh')).toMatchObject({ kind: 'reported', speaker: 'Brice Hortefeux', cue: 'Hortefeux has denied' });
    const meeting = 'The board reported meeting minutes to the council.';
    expect(gerundStart('reported', meeting, meeting.indexOf(' meeting'))).toBeNull();
  });

  test('a verb with no -ing clause after it has none', () => {
    const taking = 'John Smith denied taking the money.';
    expect(gerundStart('denied', taking, taking.indexOf(' taking'))).toBe(taking.indexOf('taking'));
    expect(gerundStart('said', taking, taking.indexOf(' taking'))).toBeNull();
  });
});
