import { describe, expect, test } from 'vitest';
import { analyze, quotesOf } from './helpers';

// quantifiedTerm.ts: one marked word in a counted noun phrase is the writer's, not anyone's words.

const texts = (...paragraphs: Array<string>) => quotesOf(analyze(...(paragraphs as [string, ...Array<string>]))).map((q) => q.text);

describe('a marked word after a quantifier', () => {
  // Wikinews, "2008-09 Wikipedia for Schools goes online" (2008), an answer in AMALGUM's interview document `bittorrent`.
  test('\'we posted it to relevant wikiprojects and a few "experts"\' quotes no one', () => {
    const found = texts(
      '2008-09 Wikipedia for Schools goes online',
      'Once we had a selection we posted it to relevant wikiprojects and a few "experts" and got any extra steers.',
    );
    expect(found).not.toContain('experts');
  });

  test('a word someone is said to use is still their quote', () => {
    const found = texts('Council row', 'The mayor called the plan "reckless" on Monday.');
    expect(found).toContain('reckless');
  });
});
