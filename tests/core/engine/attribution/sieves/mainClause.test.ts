import { describe, expect, test } from 'vitest';
import { mainClauseOf } from '../../../../../src/core/engine/attribution/sieves/mainClause';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/mainClause.ts: the main clause after a sentence's opening subordinate clause. Sentences verbatim from the
// development half of tests/fixtures/real.

// gv-bahamas-last-thoughts-elections-2012-05-03 (Global Voices, CC BY 3.0).
const BAHAMAS =
  'While Weblog Bahamas\' Edward Hutcheson wonders "what the nation would look like now if a different choice was made in 1984", Bahama Republic sees it fit to give "a last prediction" about the upcoming elections:';

describe('the main clause after a subordinate one', () => {
  test('"While X wonders "…", Bahama Republic sees …:" has its main clause at the blog\'s name', () => {
    const main = mainClauseOf(BAHAMAS, { start: 0, end: BAHAMAS.length });
    expect(BAHAMAS.slice(main.start, main.end)).toMatch(/^Bahama Republic sees it fit/);
  });

  test('a sentence opening otherwise is its own main clause', () => {
    const sentence = 'Rick Lowe, writing at Weblog Bahamas, calls it "an interesting time in Bahamian politics":';
    expect(mainClauseOf(sentence, { start: 0, end: sentence.length })).toEqual({ start: 0, end: sentence.length });
  });

  test("the block the main clause sets off is never the subordinate clause's subject's; the quote inside that clause is", () => {
    const article = analyze(
      'Bahamas: Last Thoughts on Elections',
      BAHAMAS,
      'The Bahamas will have the same government after the election as it does now. Nothing will change.',
    );
    expect(attribution(article, 'what the nation would look like now')).toMatchObject({ speaker: 'Edward Hutcheson', resolution: 'name' });
    const block = quotesOf(article).find((q) => q.text.startsWith('The Bahamas will have'));
    expect(block?.speakerId ?? null).not.toBe(article.entities.find((e) => e.name === 'Edward Hutcheson')?.id);
  });
});
