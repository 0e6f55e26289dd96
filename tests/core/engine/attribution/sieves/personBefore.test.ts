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
