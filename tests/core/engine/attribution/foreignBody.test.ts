import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// foreignBody.ts: a body's role noun whose words name a country the organisation is not of stands for a body the text
// brings in by its description, not the one it named before.

// Wikinews, "Massive earthquake hits Indonesia; no tsunami risk" (wikinews-massive-earthquake-hits-indonesia-no-tsunami-
// risk-2012-04-11, CC BY 2.5), a fresh page of session 48, now in the development half.
describe("a body's role noun with a country's adjective", () => {
  const warning =
    'The Pacific Tsunami Warning Center (PTWC) advised authorities to "take appropriate action", stating that they were not aware whether a tsunami had occurred yet.';
  test('"the Indonesian disaster management agency noted that" is not the warning centre named before', () => {
    const article = analyze(
      'Massive earthquake hits Indonesia; no tsunami risk',
      `${warning} In reaction to the earthquake, the Indonesian disaster management agency noted that power had been shut down in Aceh.`,
    );
    expect(attribution(article, 'power had been shut down').speaker).not.toBe('Pacific Tsunami Warning Center');
  });

  test('"the agency noted that" with no country word is still the body the text was about', () => {
    const article = analyze('Massive earthquake hits Indonesia; no tsunami risk', `${warning} The agency noted that power had been shut down in Aceh.`);
    expect(attribution(article, 'power had been shut down').speaker).toBe('Pacific Tsunami Warning Center');
  });
});
