import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// personWritesAt.ts: a person's name, "from" or "at", then where they write, which the name pass may take for a person.

describe('a person and where they write', () => {
  // Global Voices, "Mexico: Netizens and Journalists React to the Murder of Regina Martínez" (4 May 2012, CC BY 3.0), not
  // in the corpus.
  test('"Katya Albiter from Vivir México said the following …:" is Katya Albiter\'s, not the blog\'s', () => {
    const article = analyze(
      'Mexico: Netizens and Journalists React to the Murder of Regina Martínez',
      "Katya Albiter from Vivir México said the following regarding Regina Martínez's death:",
      'Another shameful mark on the wall of journalists killed. Another voice that has been silenced through violence.',
    );
    expect(attribution(article, 'Another shameful mark').speaker).toBe('Katya Albiter');
  });

  // Global Voices, "Bahamas: Bloggers Comment on Election Results" (9 May 2012, CC BY 3.0), not in the corpus.
  test('"Larry Smith at Bahama Pundit commented:" is Larry Smith\'s', () => {
    const article = analyze(
      'Bahamas: Bloggers Comment on Election Results',
      'Larry Smith at Bahama Pundit commented:',
      'Of course, Ingraham has been down and out before - in 2002, when the entire FNM cabinet was wiped out. But this time there will be no return - age and circumstance will see to that.',
    );
    expect(attribution(article, 'Of course, Ingraham').speaker).toBe('Larry Smith');
  });
});
