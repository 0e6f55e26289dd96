import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/titledRunBefore.ts (read by sieves/leadInName.ts): a blog's title, capitalised words joined by small words, as a lead-in's subject.

// Global Voices, "Cuba: Remembering the Dissidents" (11 May 2012), CC BY 3.0, development half.
const CUBA = 'Cuba: Remembering the Dissidents';
const SOTO =
  'Juan Wilfredo Soto García, 46, belonged to the Central Opposition Coalition (Coalición Central Opositora) and the previously unrecognized opposition organization Foro Antitotalitario Unido, (United Anti-totalitarian Forum).';
// Global Voices, "Armenia: Backhanded Victory for Environmental Activists" (2 May 2012), CC BY 3.0, development half.
const ARMENIA = 'Armenia: Backhanded Victory for Environmental Activists';

describe('a blog title as the subject of a lead-in', () => {
  test('"Finally, Notes from the Cuban Exile Quarter, which gives …, says that …:" gives the post after it to the blog, past the aside', () => {
    const article = analyze(
      CUBA,
      "Finally, Notes from the Cuban Exile Quarter, which gives a detailed history of the case, says that Soto Garcia, who died on Mother's Day last year, should never be forgotten:",
      SOTO,
    );
    expect(attribution(article, 'Juan Wilfredo Soto García, 46')).toMatchObject({
      kind: 'direct',
      speaker: 'Notes from the Cuban Exile Quarter',
      resolution: 'name',
    });
  });

  test('"… Voice of the Nightingale voiced its concerns [AM] with …." sets off the post after it as the blog’s', () => {
    const article = analyze(
      ARMENIA,
      "In addition to their demands to preserve the park for health and environmental reasons, protesters objected to the 'boutique' kiosks because no public hearings were held on the matter and no environmental impact assessment was conducted on the area, both of which are required by law. Voice of the Nightingale voiced its concerns [AM] with the government's disregard for rule of law.",
      'It was made clear that the President has forgotten about the law when the issue has to do with the aesthetics of objects.',
    );
    expect(attribution(article, 'It was made clear that the President')).toMatchObject({ kind: 'direct', speaker: 'Voice of the Nightingale' });
  });

  test('capitalised words with no small word between them make no title: "Finally, Many Cubans say …:" names no one', () => {
    const article = analyze(CUBA, 'Finally, Many Cubans say that Soto Garcia should never be forgotten:', SOTO);
    expect(quotesOf(article).find((q) => q.text.startsWith('Juan Wilfredo'))?.speakerId ?? null).toBeNull();
  });
});
