import { expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// selfReference.ts: inside a source's own quoted words, a he, she or they is someone the source speaks of.

// Global Voices, "Bahamas: Bloggers Comment on Election Results" (9 May 2012, CC BY 3.0), not in the corpus.
test('a "he" inside a blogger\'s quoted post is not the blogger', () => {
  const article = analyze(
    'Bahamas: Bloggers Comment on Election Results',
    'But there was another outcome of these elections that bloggers have been discussing - the resignation of former Prime Minister Hubert Ingraham as leader of the Free National Movement. Larry Smith at Bahama Pundit commented:',
    'Of course, Ingraham has been down and out before - in 2002, when the entire FNM cabinet was wiped out.',
    "Ironically (and sadly for some), Ingraham's retirement from public life came only one day after he asked the Bahamian people to give him a final chance to complete 'the work of my lifetime', by re-electing the FNM to a fourth non-consecutive term.",
  );
  expect(attribution(article, 'Ironically (and sadly for some)').speaker).toBe('Larry Smith');
  expect(attribution(article, 'the work of my lifetime').speaker).not.toBe('Larry Smith');
});
