import { analyze, attribution } from './helpers';

// bracketedReferent.ts: an editor's bracketed name after a pronoun tells whom the pronoun means.

// usgov-nasa-langley-womens-history-gwendolyn-wheatle-2024-03-27 (development half), quoted exactly; the woman talking is
// "I", and the man named before the pronoun is Frank Quinto as well as Robert Yang.
const BEFORE =
  'Before joining NASA Langley, I worked for the Newport News Shipyard, which I loved. When I bought my first home my next-door neighbor was Frank Quinto, retired NASA Langley employee, and then directly across from me lived Robert Yang, who is now at NASA Headquarters. As neighbors, we had casual conversations, and they would tell me about their career here at NASA.';

test('"and he [Bob Yang] said, “…”" is Bob Yang\'s, though two men were named before', () => {
  const article = analyze(
    'Langley Celebrates Women’s History Month: Gwendolyn Wheatle',
    BEFORE,
    'One day we were talking, and he [Bob Yang] said, “Gwen, our admin is leaving for about three weeks, and we need somebody to fill in her position while she’s out. It’s only three weeks.”',
  );
  expect(attribution(article, 'Gwen, our admin')).toMatchObject({ kind: 'direct', speaker: 'Robert Yang', speakerRef: 'he', resolution: 'pronoun' });
});

test('a bracketed name after a noun, not a pronoun ("the [Bob Yang] team said"), glosses no pronoun', () => {
  const article = analyze(
    'Langley Celebrates Women’s History Month: Gwendolyn Wheatle',
    BEFORE,
    'One day we were talking, and the [Bob Yang] team said, “Gwen, our admin is leaving for about three weeks.”',
  );
  expect(attribution(article, 'Gwen, our admin').speaker).not.toBe('Robert Yang');
});
