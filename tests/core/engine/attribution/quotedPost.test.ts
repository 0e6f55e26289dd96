import { describe, expect, test } from 'vitest';
import { analyze, attribution } from './helpers';

// quotedPost.ts: a post set off as a block quotation that is one quoted sentence and a tag line. Paragraphs kept
// verbatim from gv-mexico-carlos-fuentes-tributes-2012-05-16 (Global Voices, development half).

const HEADLINE = 'Mexico: Twitter Users Mourn Carlos Fuentes';
const LEAD = 'Finally, an account that publishes quotes by Argentinian comic strip character Mafalda (@MafaldaQuotes) [es] wrote:';

describe('a post that is a quoted sentence and hashtags', () => {
  test('the quoted sentence is the account’s, and so is its English in the paragraph after', () => {
    const article = analyze(
      HEADLINE,
      LEAD,
      '"Algún día se dará más valor a la cultura que al dinero" #QEPD Carlos Fuentes. #MafaldaQuotes',
      '"Someday we will give more value to culture than money" #RIP Carlos Fuentes. #MafaldaQuotes',
    );
    expect(attribution(article, 'Algún día se dará')).toMatchObject({ speaker: '@MafaldaQuotes' });
    expect(attribution(article, 'Someday we will give')).toMatchObject({ speaker: '@MafaldaQuotes' });
  });

  test('a quote that a speech verb after it gives to someone else stays theirs to find', () => {
    const article = analyze(HEADLINE, LEAD, '"Algún día se dará más valor a la cultura que al dinero" dijo Quino, said a fan of the strip.');
    expect(attribution(article, 'Algún día se dará').speaker).not.toBe('@MafaldaQuotes');
  });

  test('a Spanish cue after the quote that names no one keeps it from the account: nobody named said it', () => {
    const article = analyze(HEADLINE, LEAD, '"Algún día se dará más valor a la cultura que al dinero", recordó el autor.');
    expect(attribution(article, 'Algún día se dará')).toMatchObject({ speaker: null });
  });
});
