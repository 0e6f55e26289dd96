import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from './helpers';

// Global Voices round-ups introduce bloggers and commenters by a one-word user name; the cues follow fresh posts of
// May 2012 (gv-317222 and others) and the dev half's round-ups.
describe('a one-word user name that opens a cue setting off a post speaks', () => {
  test('"Zeinobia commented:" gives the post after it to Zeinobia', () => {
    const article = analyze(
      'Egypt: Lawyer arrested',
      'Zeinobia commented:',
      'Young Egyptians on social networks do not buy the statement as it reminded them of an old case.',
    );
    expect(attribution(article, 'Young Egyptians on social networks')).toMatchObject({ kind: 'direct', speaker: 'Zeinobia' });
  });

  test('a user name asking a question in marks before a colon speaks it', () => {
    const article = analyze('Malawi: Reactions', 'Harutizwi asks, "Where is our African identity?":');
    expect(attribution(article, 'Where is our African identity?').speaker).toBe('Harutizwi');
  });

  test('a word also written in lower case, a plural or a name written with another name is left to other passes', () => {
    const article = analyze(
      'Somewhere: Reactions',
      'Lakshmi Grama runs a shelter.',
      'Critics wrote:',
      'The plan will fail.',
      'Total reported killed: 294 - 673',
      'Many readers agreed with the total.',
    );
    const speakers = quotesOf(article).map((q) => article.entities.find((e) => e.id === q.speakerId)?.name ?? null);
    expect(speakers).not.toContain('Critics');
    expect(speakers).not.toContain('Total');
  });
});
