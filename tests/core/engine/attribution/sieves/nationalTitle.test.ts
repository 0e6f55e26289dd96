import { describe, expect, test } from 'vitest';
import { analyze, attribution, quotesOf } from '../helpers';

// sieves/nationalTitle.ts (read by sieves/leadInName.ts): a blog titled by a nationality and a capitalised noun as a lead-in's subject.

// Global Voices, "Zambia: Bloggers Form Zambian Bloggers Network" (10 May 2012), CC BY 3.0, development half.
const ZAMBIA = 'Zambia: Bloggers Form Zambian Bloggers Network';
const STRANGE = 'A strange thing has happened in the Zambian blogosphere. Rather than grow, it appears to have shrunk in recent times.';
// Global Voices, "Egypt: Will there be any action after Obama's Talk?" (6 June 2009), CC BY 3.0, development half.
const EGYPT = "Egypt: Will there be any action after Obama's Talk?";

describe('a blog titled by a nationality and a noun, as a lead-in’s subject', () => {
  test('"Writing about …, Zambian Economist observed:" gives the post after it to the blog', () => {
    const article = analyze(ZAMBIA, 'Writing about the state of Zambian blogosphere in 2010, Zambian Economist observed:', STRANGE);
    expect(attribution(article, 'A strange thing has happened')).toMatchObject({ kind: 'direct', speaker: 'Zambian Economist', resolution: 'name' });
  });

  test('"Egyptian Citizen published videos for both speeches, then commented:" gives the original and its translation to the blog', () => {
    const article = analyze(
      EGYPT,
      'Egyptian Citizen published videos for both speeches, then commented:',
      'السادات قالها من 1977 و الان اوبما يقولها في 2009',
      'Sadat said it in 1977, and now Obama repeats in 2009. Would someone respond?',
    );
    expect(attribution(article, 'السادات قالها')).toMatchObject({ kind: 'direct', speaker: 'Egyptian Citizen' });
    expect(attribution(article, 'Sadat said it in 1977')).toMatchObject({ kind: 'direct', speaker: 'Egyptian Citizen' });
  });

  test('a nationality before a title is an office, no blog: "…, Zambian President observed:" names no one', () => {
    const article = analyze(ZAMBIA, 'Writing about the state of Zambian blogosphere in 2010, Zambian President observed:', STRANGE);
    expect(quotesOf(article).find((q) => q.text.startsWith('A strange thing'))?.speakerId ?? null).toBeNull();
  });

  test('a noun the article writes in lower case is a common word: "…, Zambian Economist observed:" beside "an economist" names no one', () => {
    const article = analyze(
      ZAMBIA,
      'Writing about the state of Zambian blogosphere in 2010, Zambian Economist observed:',
      STRANGE,
      'Every economist in Lusaka agrees.',
    );
    expect(quotesOf(article).find((q) => q.text.startsWith('A strange thing'))?.speakerId ?? null).toBeNull();
  });
});
