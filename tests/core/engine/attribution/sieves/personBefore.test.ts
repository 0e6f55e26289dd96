import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/personBefore.ts: a quote with no cue that ends its paragraph, after sentences that name one person only, the
// last of them right before the quote, is that person's. Sentences from a dev article and fresh pages.

describe('person named before a quote in its paragraph', () => {
  test("'… is something Hal Maring, NASA Earth Science Division scientist, experienced. “The DC-8 has flown …”' is Maring's", () => {
    const article = analyze(
      'DC-8 Teammates Recall Memories',
      'The DC-8 team’s ability to make missions happen is something Hal Maring, NASA Earth Science Division scientist, experienced. “The DC-8 has flown scientists on a lot of missions to look at atmospheric composition, for which the most important applications are air quality.”',
    );
    expect(attribution(article, 'The DC-8 has flown')).toMatchObject({ kind: 'direct', speaker: 'Hal Maring', cue: null, resolution: 'continuation' });
  });

  test("'Outside of the ERG, Koralla tries to support diversity … “We do these deep dives …”' is Koralla's", () => {
    const article = analyze(
      'Johnson Celebrates AA and NHPI Heritage Month: Meet Hemanth Koralla',
      'Hemanth Koralla has spent the last two years helping to develop the Vehicle System Manager for Gateway.',
      'Outside of the ERG, Koralla tries to support diversity and inclusion by making sure everyone’s voice is heard. “We do these deep dives where we try to work out a design for something in six to eight weeks. I definitely notice that people who are earlier in their career have a tougher time speaking up.”',
    );
    expect(attribution(article, 'We do these deep dives')).toMatchObject({ speaker: 'Hemanth Koralla', cue: null });
  });
});

// A quote that closes its sentence, with only the writer's own sentences after it (no person named, nothing quoted, no
// speech verb), is as much the paragraph's last words as one that ends it (development half,
// usgov-nasa-rolses-radio-noise-lunar-science-2024-02-01, NASA, public domain).
describe('a quote followed only by the writer’s sentences that name no one', () => {
  const lead = 'The ROLSES instrument project is headed up by Dr. Natchimuthuk “Nat” Gopalswamy of NASA’s Goddard Space Flight Center.';
  const quote =
    'These radio observations will help build what Gopalswamy calls a library of knowledge on the lunar environment. “That way we will know if we’re at this latitude, at this height, we’re going to have this type of radiation and emission background, and we’ll be able to design our hardware accordingly.”';

  test("'… what Gopalswamy calls a library of knowledge … “That way we will know …” This will aid NASA …' is Gopalswamy's", () => {
    const article = analyze(
      'NASA’s ROLSES',
      lead,
      `${quote} This will aid NASA in its mission to return humans to the Moon over the next decade and beyond, and to establish a sustainable, long-term presence.`,
    );
    expect(attribution(article, 'That way we will know')).toMatchObject({
      kind: 'direct',
      speaker: 'Natchimuthuk Gopalswamy',
      cue: null,
      resolution: 'continuation',
    });
  });

  test('a sentence after the quote that names a person or reports speech may say whose it is: unattributed', () => {
    const named = analyze('NASA’s ROLSES', lead, `${quote} Jane Rigby of Goddard agrees with the plan.`);
    expect(attribution(named, 'That way we will know').speaker).toBeNull();
    const spoken = analyze('NASA’s ROLSES', lead, `${quote} That is how the team’s lead engineer explained it.`);
    expect(attribution(spoken, 'That way we will know').speaker).toBeNull();
  });

  test('a sentence after the quote that speaks of words said may give them to someone else: unattributed', () => {
    const statement = analyze('NASA’s ROLSES', lead, `${quote} The statement came from the agency’s press office.`);
    expect(attribution(statement, 'That way we will know').speaker).toBeNull();
    const remark = analyze('NASA’s ROLSES', lead, `${quote} The remark was first made at a 2015 briefing in Washington.`);
    expect(attribution(remark, 'That way we will know').speaker).toBeNull();
  });
});

// pronounBefore: a paragraph that names no one, its sentence before the quote opening on "He" or "She" for the person
// the paragraphs before are about (development half, usgov-nasa-eleasa-kim-cldp-payload-operations-2024-05-14).
describe('a he or she opening the sentence before a first-person quote', () => {
  test("'She hopes to pass on … “I am excited to see …”' is Kim's", () => {
    const article = analyze(
      'Eleasa Kim: Leading Payload Operations',
      'Eleasa Kim leads payload operations for the Commercial LEO Development Program.',
      'Kim says she is most proud of being a mother of two kind, beautiful, sharp, strong-willed, and passionate girls.',
      'She hopes to pass on to the next generation the inspiration to do great things for all of humanity, as did those who came before us. “I am excited to see what commercial and international growth will bring in the next decade.”',
    );
    expect(attribution(article, 'I am excited to see')).toMatchObject({ kind: 'direct', speaker: 'Eleasa Kim', cue: null, resolution: 'continuation' });
  });

  test('a quote that speaks of someone in the third person, or not in the first person, stays unattributed', () => {
    const article = analyze(
      'Eleasa Kim: Leading Payload Operations',
      'Eleasa Kim leads payload operations for the Commercial LEO Development Program.',
      'She met the crew in Houston last spring. “He was a wonderful colleague to all of us.”',
      'She spoke to the team on Monday. “The station is a laboratory without equal.”',
    );
    expect(attribution(article, 'He was a wonderful colleague').speaker).toBeNull();
    expect(attribution(article, 'The station is a laboratory').speaker).toBeNull();
  });
});

// The one person may be introduced earlier in the paragraph than the sentence right before the quote, as long as that
// sentence names them again (development half, usgov-nasa-johnson-aa-nhpi-hemanth-koralla-2024-05-13, NASA, public domain).
describe('the one person introduced earlier in the paragraph and named again right before the quote', () => {
  const opening =
    'Hemanth Koralla was working as a software developer for General Motors when he received a LinkedIn message inviting him to apply for a NASA contract position with Jacobs Technology.';

  test("'Hemanth Koralla was working … While unexpected, Koralla seized the opportunity. “You can’t say no to NASA!”' is Koralla's", () => {
    const article = analyze(
      'Johnson Celebrates AA and NHPI Heritage Month: Meet Hemanth Koralla',
      `${opening} While unexpected, Koralla seized the opportunity. “You can’t say no to NASA!”`,
    );
    expect(attribution(article, 'You can’t say no to NASA')).toMatchObject({
      kind: 'direct',
      speaker: 'Hemanth Koralla',
      cue: null,
      resolution: 'continuation',
    });
  });

  test('a sentence right before the quote that does not name the person again leaves it unattributed', () => {
    const article = analyze(
      'Johnson Celebrates AA and NHPI Heritage Month: Meet Hemanth Koralla',
      `${opening} The offer came as a surprise to the whole team. “You can’t say no to NASA!”`,
    );
    expect(attribution(article, 'You can’t say no to NASA').speaker).toBeNull();
  });
});
