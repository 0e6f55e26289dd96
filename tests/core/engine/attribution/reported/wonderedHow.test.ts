import { describe, expect, test } from 'vitest';
import { wondersWhether } from '../../../../../src/core/engine/attribution/reported/wonderedHow';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/wonderedHow.ts: "wondered how …" reports the question the speaker asked.

describe('"wondered how …"', () => {
  // Global Voices 2012 (CC BY 3.0), gv-yemen-sanaa-suicide-blast-unification-anniversary-2012-05-22 (development half).
  test('the question a named commenter wondered is theirs, even before the colon of the post quoted next', () => {
    const article = analyze(
      'Yemen: Suicide Blast in Sanaa on Unification Day',
      'Mohammed wondered how the suicide bomber went unnoticed:',
      '@Yemen4Change: #Yemen | the word is: the suicide bomber was wearing military clothes & a belt packed with explosives',
    );
    expect(attribution(article, 'how the suicide bomber went unnoticed')).toMatchObject({ kind: 'reported', speaker: 'Mohammed', cue: 'Mohammed wondered' });
  });

  test('only a question word opening a clause is wondered', () => {
    expect(wondersWhether('wondered', ' how the suicide bomber went unnoticed')).toBe(true);
    expect(wondersWhether('wondered', ' aloud at the news')).toBe(false);
    expect(wondersWhether('said', ' how the suicide bomber went unnoticed')).toBe(false);
  });
});

describe('"asked whether …", "asks why …": an indirect question after a form of "ask" is what was asked', () => {
  // wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30 (development half).
  test('"Professor Jessica Levinson of Loyola Law School asked whether Oakland was part of the US and then declared …"', () => {
    const article = analyze(
      'On the campaign trail',
      'Others dismissed the claims outright. Erwin Chemerinsky, Dean of UC Berkeley School of Law called it "a truly silly argument." Professor Jessica Levinson of Loyola Law School asked whether Oakland was part of the US and then declared "that\'s the full legal analysis."',
    );
    // The span the engine gives starts at the clause's verb ("was part of the US"): the gold's text holds it.
    expect(attribution(article, 'was part of the US')).toMatchObject({ kind: 'reported', speaker: 'Jessica Levinson' });
  });

  // Global Voices 2012 (CC BY 3.0), gv-thailand-akong-dies-in-prison-2012-05-12 (development half), with a named blogger.
  test('the question after "asks why" is reported, the asker its speaker', () => {
    const article = analyze(
      'Thailand: Akong dies in prison',
      'Blogger Andrew Spooner asks why a senior citizen with cancer was viewed by the state as threat to national security.',
    );
    expect(attribution(article, 'why a senior citizen with cancer was viewed by the state as threat to national security')).toMatchObject({
      kind: 'reported',
      speaker: 'Andrew Spooner',
    });
  });

  test('a question word must open a clause, and the one asked in a passive asks nothing', () => {
    expect(wondersWhether('asks', ' why a senior citizen with cancer was viewed by the state as threat')).toBe(true);
    expect(wondersWhether('asked', ' about the plan')).toBe(false);
    expect(quotesOf(analyze('Poll', 'Students were asked what they think of the new plan for the campus.'))).toEqual([]);
  });
});
