import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/speechActLine.ts: a quote-only paragraph after a one-sentence paragraph whose named subject's speech verb closes
// it with no content. usgov-gsa-18f-every-kid-in-a-park-follow-up-2015-10-21 (18F, public domain; the session 56
// held-out batch, in neither half of tests/fixtures/real).

const HEADLINE = 'Every Kid in a Park: Why we can’t stop smiling';
const CRITIQUE = '“There isn’t much critique, which is pretty good. Because everyone has an opinion.”';

describe('a quote-only paragraph after a line that names its speaker with a speech verb and no content', () => {
  test('is that person’s words, the line its cue ("18F Front End Developer Christine Cheung agreed.")', () => {
    const article = analyze(
      HEADLINE,
      'Despite hefty website traffic, we’ve fielded relatively few questions from users.',
      '18F Front End Developer Christine Cheung agreed.',
      CRITIQUE,
    );
    expect(attribution(article, 'There isn’t much critique')).toMatchObject({
      kind: 'direct',
      speaker: 'Christine Cheung',
      cue: '18F Front End Developer Christine Cheung agreed',
    });
  });

  test('is no one’s when the line tells no speech ("Christine Cheung declined to comment.") or names two people', () => {
    const declined = analyze(
      HEADLINE,
      'Despite hefty website traffic, we’ve fielded relatively few questions from users.',
      'Christine Cheung declined to comment.',
      CRITIQUE,
    );
    expect(attribution(declined, 'There isn’t much critique').speaker).toBeNull();
    const two = analyze(
      HEADLINE,
      'Despite hefty website traffic, we’ve fielded relatively few questions from users.',
      'Julia Washburn and Christine Cheung agreed.',
      CRITIQUE,
    );
    expect(attribution(two, 'There isn’t much critique').speaker).not.toBe('Christine Cheung');
  });
});
