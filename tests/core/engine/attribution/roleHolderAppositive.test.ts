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

// A fresh Wikinews page ("Libya: Rebels edge closer to Tripoli", August 2011), measured held out.
test("\"A spokesman for Gaddafi, Moussa Ibrahim, said …\" is the spokesman's, not a new unnamed one's nor Gaddafi's", () => {
  const article = analyze(
    'Libya: Rebels edge closer to Tripoli',
    'Gaddafi said in an audio recording that he had no intention of succumbing to the rebellion. A spokesman for Gaddafi, Moussa Ibrahim, said the armed units defending Tripoli would fight to the end.',
    'The spokesman for the Libyan government, Moussa Ibrahim, said: "They may as well fight to the end."',
  );
  expect(attribution(article, 'the armed units defending Tripoli')).toMatchObject({ kind: 'reported', speaker: 'Moussa Ibrahim' });
  expect(attribution(article, 'They may as well fight to the end')).toMatchObject({ kind: 'direct', speaker: 'Moussa Ibrahim' });
});

test('a role "of" someone without a role noun is not read as its holder', () => {
  const article = analyze('House sold', 'The house of John Smith, Mary Jones, said the buyers would move in soon.');
  expect(attribution(article, 'the buyers would move in soon')?.speaker).not.toBe('Mary Jones');
});
