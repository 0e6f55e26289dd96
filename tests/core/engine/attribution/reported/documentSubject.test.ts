import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// reported/documentSubject.ts: a definite document standing as the subject of a speech or directive verb.

describe('a document as the subject of reported speech', () => {
  // Wikinews, 2019 (CC BY 2.5), development half.
  test('"The decree instructs archbishops to …", "The decree also mentions …": reported, left unattributed when nothing says who issued it', () => {
    const article = analyze(
      'Pope Francis instructs reporting of sexual abuse',
      'On Thursday, Pope Francis announced new church law to mandate reporting sexual abuses to the church authorities.',
      'The decree also mentions establishing a system to keep the identity of the victims confidential. The decree instructs archbishops to notify the Vatican City of any sexual allegations.',
    );
    expect(attribution(article, 'establishing a system to keep')).toMatchObject({ kind: 'reported', speaker: null, cue: 'The decree also mentions' });
    expect(attribution(article, 'archbishops to notify the Vatican City')).toMatchObject({ kind: 'reported', speaker: null, cue: 'The decree instructs' });
  });

  test('"The hotel\'s website estimated 120 people were …": the document the text describes is the source', () => {
    const article = analyze(
      'Hotel fire in New Delhi',
      'The Hotel Arpit Palace in the Karol Bagh area of the Indian capital, New Delhi, caught fire yesterday morning.',
      "The hotel's website estimated 120 people were in the 25-year-old building at the time.",
    );
    expect(attribution(article, '120 people were in the 25-year-old building')).toMatchObject({ kind: 'reported', speaker: "hotel's website" });
  });

  test('"The Internal Revenue Service website advises citizens to …": a document a name owns stays that body\'s', () => {
    const article = analyze('Shutdown goes on', 'The Internal Revenue Service website advises citizens to continue paying their federal taxes.');
    expect(attribution(article, 'citizens to continue paying')).toMatchObject({ kind: 'reported', speaker: 'Internal Revenue Service' });
  });

  test('"The United States Constitution specifies that officials are removed …": what a law lays down is reported', () => {
    const article = analyze(
      'Pelosi announces impeachment investigation',
      'The United States Constitution specifies that officials are removed from office after being impeached for, and convicted of, crimes.',
    );
    expect(attribution(article, 'officials are removed from office')).toMatchObject({ kind: 'reported', speaker: null });
  });
});
