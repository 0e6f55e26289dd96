import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/plainObject.ts: "added" and "concluded" before a plain noun phrase put something in or end it; before a
// clause they report speech. Sentences from fresh NASA_RAG articles (not in the corpus) and the development half.

describe('adding or ending something is not saying it', () => {
  test('"the company added meditation apps and Window Swap, which stream …" gives no reported quote (NASA_RAG 740)', () => {
    const article = analyze(
      'Seeing is Communicating',
      'During the COVID-19 pandemic, Eyegaze integrated communications programs such as Zoom and WhatsApp to allow people to connect with their family and friends. To help combat a sense of isolation, the company added meditation apps and Window Swap, which stream the views from different windows worldwide.',
    );
    expect(quotesOf(article)).toEqual([]);
  });

  test('"NASA recently concluded the final mission of its Spacecraft Fire Safety Experiment, …" gives NASA no quote (NASA_RAG 775)', () => {
    const article = analyze(
      'Flame Burns Out on NASA’s Long-Running Spacecraft Fire Experiment',
      'NASA recently concluded the final mission of its Spacecraft Fire Safety Experiment, or Saffire, putting a blazing end to an eight-year series of investigations that provided insights into fire’s behavior in space.',
    );
    expect(quotesOf(article)).toEqual([]);
  });

  test('a clause with no "that" after "concludes" stays reported: "He concludes Harris meets the natural born citizen requirement" (development half)', () => {
    const article = analyze(
      'On the campaign trail',
      'Professor Eugene Volokh of UCLA School of Law writes in a Newsweek essay that the term "natural born citizen" derived from the British "natural born subjects". He concludes Harris meets the natural born citizen requirement.',
    );
    expect(attribution(article, 'Harris meets the natural born citizen requirement')).toMatchObject({ kind: 'reported', speaker: 'Eugene Volokh' });
  });

  test('a phrase before the clause is not an object: "The spokesperson added regarding Iran\'s request, they …" stays reported (development half)', () => {
    const article = analyze(
      'Iran issues arrest warrants for Trump',
      'An Interpol spokesperson said the organisation had received no request. The spokesperson added regarding Iran\'s request, they "would not consider requests of this nature"; Interpol didn\'t disclose at the time whether it received any arrest warrants from Iran.',
    );
    expect(quotesOf(article).some((q) => q.kind === 'reported' && q.text.startsWith('regarding Iran'))).toBe(true);
  });

  test('"added a call for the abolition of nuclear weapons" is still reported speech: a call is something said (English Wikinews 2020, fresh)', () => {
    const article = analyze(
      'On the campaign trail in the USA, October 2020',
      'Green Party nominee Howie Hawkins joined the debate. In opening, La Riva called for an end to the capitalist system, and the cancellation of all rents and mortgages. Hawkins renewed his support for the Green New Deal and an Economic Bill of Rights, and added a call for the abolition of nuclear weapons.',
    );
    expect(attribution(article, 'a call for the abolition of nuclear weapons')).toMatchObject({ kind: 'reported', speaker: 'Howie Hawkins' });
  });
});
