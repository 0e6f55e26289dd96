import { describe, expect, test } from 'vitest';
import { lowerTitleBetween } from '../../../../src/core/engine/attribution/lowerTitle';
import { analyze, attribution } from './helpers';

// lowerTitle.ts: lower-case title words between an organisation and its person's name. The sentence is from a US
// government post (GSA, public domain), not in the corpus.

describe('lower-case title words between an organisation and a name', () => {
  test('up to three title words are a title, a fourth only where it is a noun for a person', () => {
    expect(lowerTitleBetween(' political scholar ')).toBe(true);
    expect(lowerTitleBetween(' senior privacy policy advisor ')).toBe(true);
    expect(lowerTitleBetween(' senior privacy policy office ')).toBe(false);
    expect(lowerTitleBetween(' reports new rules for ')).toBe(false);
  });

  test('"…," said NIST senior privacy policy advisor Naomi Lefkovitz. "…" is hers, not the institute’s', () => {
    const article = analyze(
      'Privacy engineering at NIST',
      '“We need to engineer privacy into systems from the very start,” said NIST senior privacy policy advisor Naomi Lefkovitz. “It cannot be bolted on later.”',
    );
    expect(attribution(article, 'We need to engineer privacy')).toMatchObject({ kind: 'direct', speaker: 'Naomi Lefkovitz' });
    expect(attribution(article, 'It cannot be bolted on')).toMatchObject({ kind: 'direct', speaker: 'Naomi Lefkovitz' });
  });
});
