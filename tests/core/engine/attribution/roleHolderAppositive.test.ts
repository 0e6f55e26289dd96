import { expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// roleHolderAppositive.ts: a definite role of a body, its holder's name set off by commas after it, is the holder's.
// Wikinews, "Bomb in Mokha, Yemen kills photojournalist" (2019-01-30, CC BY 2.5), development half.
test('"…, but the general manager of Abu Dhabi Media, Dr Ali bin Tamim, attributed …" is his, not the body\'s his role is of', () => {
  const article = analyze(
    'Bomb in Mokha, Yemen kills photojournalist',
    'The bomb was placed on a motorcycle in a market. No claims of responsibility were reported yesterday, but the general manager of Abu Dhabi Media, Dr Ali bin Tamim, attributed the bombing to Houthi rebels.',
  );
  expect(attribution(article, 'the bombing to Houthi rebels')).toMatchObject({ kind: 'reported', speaker: 'Ali bin Tamim' });
});
