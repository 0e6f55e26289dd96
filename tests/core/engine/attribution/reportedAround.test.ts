import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// reportedAround.ts: direct quotes inside or after reported speech, and a colon sentence that goes on from it.

describe('quotes around reported speech', () => {
  // The development half: gv-singapore-code-of-conduct.
  test('a quotation set off by a colon sentence that names nobody is the reported speaker’s before it', () => {
    const article = analyze(
      'Singapore: Code of Conduct for Bloggers?',
      'Elaine Ee believes that the Code of Conduct will not be a solution. Instead, the government should free up the mainstream media:',
      'If the government really wants to curb negative, unsubstantiated online chatter, they would do better to free up the mainstream media so that these outlets can report more fully and responsibly on current affairs.',
    );
    expect(attribution(article, 'If the government really wants')).toMatchObject({ kind: 'direct', speaker: 'Elaine Ee' });
  });

  test('a colon sentence in the writer’s own voice sets off no one’s quotation', () => {
    const article = analyze(
      'Singapore: Code of Conduct for Bloggers?',
      'Elaine Ee believes that the Code of Conduct will not be a solution. Instead, we should free up the mainstream media:',
      'Free up the mainstream media so that these outlets can report more fully and responsibly on current affairs.',
    );
    expect(article.paragraphs[1]?.quotes).toEqual([]);
  });

  test('a quote the reported content leads into with a colon is the same speaker’s', () => {
    const article = analyze('Army medics train', 'Bob Sachs noted that the effort must be continuous and widespread: "all the time, everywhere."');
    expect(attribution(article, 'all the time, everywhere.')).toMatchObject({ kind: 'direct', speaker: 'Bob Sachs' });
  });

  test('a quote with a cue of its own that names no one is not the enclosing reported speaker’s', () => {
    const article = analyze('Talks', 'Mayor Dana Lutz said the council would vote, though "it is late," it said.');
    expect(attribution(article, 'it is late,')).toMatchObject({ speaker: null });
  });
});
