import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// possessedOpening.ts and coreference.ts: an "it" after a sentence whose subject is a thing a name owns ("NASA's
// inclusion") may mean that thing or a report the sentence names; the resolver gives it to no one.

describe('"it" after a sentence about something a name owns', () => {
  test('"NASA’s inclusion also directly supports recommendations … in their 2023 report … Specifically, it recommends agencies:" does not make NASA the recommender (NASA_RAG 767)', () => {
    const article = analyze(
      'NASA Joins Group to Advance Wildfire Coordination, Capabilities',
      'NASA’s inclusion also directly supports recommendations the President’s Council of Advisors on Science and Technology made in their 2023 report Modernizing Wildland Firefighting to Protect our Firefighters. Specifically, it recommends agencies:',
      'Immediately assess, adapt, and field currently available technologies',
      'Strengthen the full operational sequence of wildland firefighting',
    );
    expect(attribution(article, 'Immediately assess, adapt, and field').speaker).toBeNull();
  });

  test('"it" right after a sentence with the organisation as its subject still means the organisation', () => {
    const article = analyze('Flood relief', 'The World Food Programme sent food to the region on Monday. It said that more aid would arrive within a week.');
    expect(attribution(article, 'more aid would arrive within a week')).toMatchObject({ speaker: 'World Food Programme', resolution: 'pronoun' });
  });
});
