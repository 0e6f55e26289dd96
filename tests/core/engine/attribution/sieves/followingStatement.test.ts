import { describe, expect, test } from 'vitest';
import { analyze, attribution } from '../helpers';

// sieves/followingStatement.ts: a sentence announcing a statement sets off the paragraphs after it.

// Global Voices, "Philippines, China: Scarborough Shoal Dispute Goes Online" (2012, development half).
describe('a statement issued by someone described, not named', () => {
  const PHILIPPINES = 'Philippines, China: Scarborough Shoal Dispute Goes Online';
  const article = analyze(
    PHILIPPINES,
    'The president of the University of the Philippines issued this statement after hackers defaced the university website:',
    'Hacking selected websites at the suspected country of the hacker or hackers does not objectively articulate any political issue and only subjectively fulfills a personal desire to "get even"',
    '...we also call on the concerned technology-savvy Filipinos to stop hacking other websites, particularly those from China. Filipinos are more sensible than this, and our expertise is better used in productive endeavors.',
  );

  test('each paragraph after "… issued this statement …:" is a quote of the statement', () => {
    expect(attribution(article, 'Hacking selected websites').kind).toBe('direct');
    expect(attribution(article, '...we also call on the concerned').kind).toBe('direct');
  });

  test('its speaker stays unattributed rather than the university the description names', () => {
    expect(attribution(article, 'Hacking selected websites')).toMatchObject({ speaker: null, resolution: 'unattributed' });
    expect(attribution(article, '...we also call on the concerned')).toMatchObject({ speaker: null, resolution: 'unattributed' });
  });
});
