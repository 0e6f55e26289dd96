import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// subjectMention.ts: the first name before a sentence's verb that may be its subject; a name inside quote marks is
// in the quoted words, not the subject (Global Voices, "Moroccans Love/Hate Affair with Obama").

describe('a sentence that opens with a quote', () => {
  test("'he says' after '“What if I met Obama?” wonders Mohamed Malouk.' is Malouk, not Obama named inside the marks", () => {
    const article = analyze(
      'Moroccans Love/Hate Affair with Obama',
      "US President Barack Obama's Cairo address to the Muslim world sparked a blaze of reactions across the region and beyond.",
      'The Obama Cairo speech was quite anticipated. “What if I met Obama?” wonders Mohamed Malouk. Blogging on Elmafjoue [Ar], he says:',
      'If I met Obama, I would ask him to dedicate some of his precious time to our leaders so he could erase their ignorance when treating their people.',
    );
    expect(attribution(article, 'If I met Obama, I would ask him')).toMatchObject({ speaker: 'Mohamed Malouk', resolution: 'pronoun', cue: 'he says' });
  });
});
