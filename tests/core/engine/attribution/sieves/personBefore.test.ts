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
