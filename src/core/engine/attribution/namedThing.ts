/**
 * The words right before an opening mark that introduce a name, not words spoken: `an individual named`, `also known
 * as`, `a post titled`, `the hashtag`. What follows is a name, a title or a hashtag, which docs/annotation-guide.md
 * counts as no quote ("Not quotes: titles of works, … nicknames, names of operations"). "Called" is left out: "what he
 * called “the freest and fairest elections”" quotes a speaker. So are signs and banners ("a banner reading “…”"): the
 * invented fixtures' gold counts their slogans as unattributed quotes, where the real corpus's guide counts none.
 */
const NAMING = /\b(?:named|nicknamed|dubbed|titled|entitled|known\s+as|the\s+(?:hashtags?|slogans?|motto))\s*[,:]?\s*(?:the\s+|a\s+|an\s+)?$/iu;

/**
 * Whether the quote whose opening mark is at `open` (UTF-16 offset in its paragraph) is set off after a naming cue:
 * a name or a slogan, never speech.
 */
export const namesAThing = (text: string, open: number): boolean => NAMING.test(text.slice(Math.max(0, open - 60), open));
