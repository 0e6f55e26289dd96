import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// reported/writtenAppeal.ts: "released a new audio tape calling for …" reports the call as "called for" does, for the one
// who put the piece out.

describe('a call or a charge carried by a piece its subject put out', () => {
  // Wikinews (CC BY 2.5), wikinews-israeli-palestinian-conflict-day-20-2009-01-14 (development half).
  test('"Osama bin Laden has released a new audio tape calling for …" is bin Laden\'s call', () => {
    const article = analyze(
      'Israeli-Palestinian conflict: Day 20',
      'The leader of al-Qaeda, Osama bin Laden has released a new audio tape calling for a "holy war" against Israel for their offensive against the Gaza Strip in Palestine.',
    );
    expect(attribution(article, 'a "holy war" against Israel')).toMatchObject({ kind: 'reported', speaker: 'Osama bin Laden' });
  });

  // wikinews-birther-king-announces-2016-campaign-2015-08-16 (development half).
  test('"… when he ran television ads accusing … of …" is the charge of the one "he" stands for', () => {
    const article = analyze(
      'Birther King announces 2016 campaign',
      'Andy Martin is running for president.',
      'Martin has previously criticized the Bush family during his 2000 campaign, when he ran television ads accusing then-presidential candidate George W. Bush of abusing cocaine and alcohol.',
    );
    expect(attribution(article, 'then-presidential candidate George W. Bush of abusing cocaine and alcohol')).toMatchObject({
      kind: 'reported',
      speaker: 'Andy Martin',
    });
  });

  // wikinews-gsa-begins-presidential-transition-biden-2020-11-26 and wikinews-libya-rebels-edge-closer-tripoli-2011-08-21
  // (development half).
  test("an unnamed group's open letter and a broadcaster's message are reported speech, left unattributed", () => {
    const letter = analyze(
      'GSA begins presidential transition',
      'Over 100 Republican national security experts signed an open letter urging Republican officials to push the president to concede the election.',
    );
    expect(attribution(letter, 'Republican officials to push the president to concede the election')).toMatchObject({ kind: 'reported', speaker: null });
    const message = analyze(
      'Libya rebels edge closer to Tripoli',
      'State television flashed a message urging citizens not to allow rebels to hide on their rooftops.',
    );
    expect(attribution(message, 'citizens not to allow rebels to hide on their rooftops')).toMatchObject({ kind: 'reported', speaker: null });
  });

  // usgov-nasa-johnson-aa-nhpi-hemanth-koralla-2024-05-13 (development half): the message came from someone else.
  test('a message received is not the words of the one who received it', () => {
    const article = analyze(
      'Hemanth Koralla',
      'Hemanth Koralla was working as a software developer for General Motors when he received a LinkedIn message inviting him to apply for a NASA contract position with Jacobs Technology.',
    );
    expect(quotesOf(article).filter((q) => q.speakerId !== null)).toEqual([]);
  });
});
