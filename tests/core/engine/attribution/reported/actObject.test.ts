import { describe, expect, test } from 'vitest';
import { actsInWords, prepositionObject } from '../../../../../src/core/engine/attribution/reported/actObject';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/actObject.ts: a light verb whose object is an act done in words ("raised questions", "issued warnings").

describe('a light verb and a speech act as its object', () => {
  // wikinews-millions-dont-turn-up-to-storm-area-51-2019-09-22 (development half).
  test('"The Air Force issued warnings against attempts to enter …" reports the warnings', () => {
    const article = analyze(
      "Millions don't turn up to storm Area 51",
      'The Air Force issued warnings against attempts to enter the restricted zone of the base, saying it was dangerous.',
    );
    expect(attribution(article, 'warnings against attempts to enter the restricted zone of the base')).toMatchObject({ kind: 'reported' });
    expect(attribution(article, 'warnings against attempts to enter the restricted zone of the base').speaker).toMatch(/Air Force/);
  });

  // wikinews-engineer-killed-travelator-london-waterloo-2019-09-20 (development half).
  test('"The mayor of London, Sadiq Khan, gave his condolences via Twitter, …" reports the condolences, his', () => {
    const article = analyze(
      'Engineer killed by travelator at London Waterloo',
      'The mayor of London, Sadiq Khan, gave his condolences via Twitter, adding, "An urgent enquiry into what happened is underway to ensure it cannot happen again."',
    );
    expect(attribution(article, 'his condolences via Twitter')).toMatchObject({ kind: 'reported', speaker: 'Sadiq Khan' });
  });

  // wikinews-on-the-campaign-trail-usa-august-2020-2020-09-30 (development half).
  test('"Other critics … raised questions about Harris\' eligibility, which Trump also briefly entertained" ends before the relative', () => {
    const article = analyze(
      'On the campaign trail',
      "Trump questioned the selection. Other critics outside the Democratic party raised questions about Harris' eligibility, which Trump also briefly entertained.",
    );
    expect(attribution(article, "questions about Harris' eligibility")).toMatchObject({ kind: 'reported', speaker: null });
  });

  // The same article: what a decision did is no one's words.
  test('"… to take place at the White House raised ethics questions as well" is not the White House\'s', () => {
    const article = analyze(
      'On the campaign trail',
      "Trump's decision to allow part of the convention to take place at the White House raised ethics questions as well.",
    );
    expect(quotesOf(article).filter((q) => q.kind === 'reported')).toEqual([]);
  });

  test('the object must be a speech act, and not a quotation a colon opens', () => {
    expect(actsInWords('raised', ' questions about the plan')).toBe(true);
    expect(actsInWords('issued', ' a stern warning to drivers')).toBe(true);
    expect(actsInWords('raised', ' funds for the victims')).toBe(false);
    expect(actsInWords('issued', ' a passport to him')).toBe(false);
    expect(actsInWords('gave', ' a dire warning in a press release:')).toBe(false);
    expect(actsInWords('said', ' questions about the plan')).toBe(false);
    expect(actsInWords('gave', ' his deepest condolences to the family')).toBe(true);
    expect(actsInWords('raised', ' serious concerns over the deal')).toBe(true);
    // fresh Wikinews, 2019: a weather service's warning is a product it puts out, not words said.
    expect(actsInWords('issued', ' a flash flood warning covering an area from Gulfport')).toBe(false);
    expect(actsInWords('issued', ' a hurricane warning in the northwestern Bahamas')).toBe(false);
  });

  test("a subject after a preposition is no speaker's", () => {
    expect(prepositionObject('take place at the White House raised', 'take place at the '.length)).toBe(true);
    expect(prepositionObject('The Air Force issued', 4)).toBe(false);
  });
});
