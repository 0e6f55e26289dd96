import { expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// namedAppositive.ts: a description heading the subject, then the person it describes set off by commas.

// Global Voices, "Indonesia: Should Mosques Lower Prayer Volume?" (2 May 2012, CC BY 3.0), not in the corpus.
test('"Another blogger, Tototapalnise [id], tries …:" leads into the named blogger\'s words, not the description\'s', () => {
  const article = analyze(
    'Indonesia: Should Mosques Lower Prayer Volume?',
    'Another blogger, Tototapalnise [id], tries to understand the Vice President’s message:',
    'If we try to think about it carefully, the statement is a soft warning for Muslim people to maintain the adzan’s quality and also the mosques’ sound system quality...',
  );
  expect(attribution(article, 'If we try to think').speaker).toBe('Tototapalnise');
});
