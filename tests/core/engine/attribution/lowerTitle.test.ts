import { describe, expect, test } from 'vitest';
import { lowerTitleBetween } from '../../../../src/core/engine/attribution/lowerTitle';
import { analyze, attribution } from './helpers';

// lowerTitle.ts: lower-case title words between an organisation and its person's name. The sentence is from a US
// government post (GSA, public domain), not in the corpus; the Amnesty International one is from the development half.

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

  test('a noun for a person and the body it is held at: "Hong Kong director of Amnesty International Man-kei Tam said" (development half)', () => {
    expect(lowerTitleBetween(' director of Amnesty International ')).toBe(true);
    expect(lowerTitleBetween(' protests of Amnesty International ')).toBe(false);
    const article = analyze(
      'Hong Kong leader Carrie Lam withdraws extradition bill',
      '"This announcement cannot change the fact that the Hong Kong authorities have chosen to suppress protests in a grossly unlawful way that has seriously damaged the people\'s trust and sense of legitimacy of the government," Hong Kong director of Amnesty International Man-kei Tam said in a statement.',
    );
    expect(attribution(article, 'This announcement cannot change')).toMatchObject({ kind: 'direct', speaker: 'Man-kei Tam' });
  });

  test('an academic title may close the words: "MIT professor Dr Seager" is the professor, not the institute', () => {
    expect(lowerTitleBetween(' professor Dr ')).toBe(true);
    expect(lowerTitleBetween(' Institute of Technology professor Dr ')).toBe(false);
    expect(lowerTitleBetween(' reports Dr ')).toBe(false);
  });

  test("\"'Earth-based life …': MIT professor Dr Seager tells Wikinews about …\" gives the headline's words to Sara Seager (wikinews-seager-2020-12-25)", () => {
    const article = analyze(
      "'Earth-based life can survive in hydrogen-rich atmospheres': MIT professor Dr Seager tells Wikinews about her research on organisms thriving in oxygen-less environment",
      'In May, a study was published in journal Nature Astronomy, conducted by Massachusetts Institute of Technology professor Dr Sara Seager and other researchers, showing single-celled organisms like Escherichia coli (E. coli) and yeast can thrive in both 100% hydrogen gas and helium gas environments.',
    );
    expect(attribution(article, 'Earth-based life can survive')).toMatchObject({ kind: 'direct', speaker: 'Sara Seager' });
  });
});
