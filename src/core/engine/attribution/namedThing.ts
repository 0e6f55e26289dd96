/**
 * The words right before an opening mark that introduce a name, not words spoken: `an individual named`, `also known
 * as`, `a post titled`, `the hashtag`, `a banner … saying`, `signs which read`. What follows is a name, a title, a
 * hashtag or a slogan printed on something, which docs/annotation-guide.md counts as no quote ("Not quotes: titles of
 * works, … nicknames, names of operations, slogans printed on things"). "Called" is left out: "what he called “the
 * freest and fairest elections”" quotes a speaker.
 */
const NAMING =
  /(?:\b(?:named|nicknamed|dubbed|titled|entitled|known\s+as|the\s+(?:hashtags?|slogans?|motto))|\b(?:signs?|banners?|placards?|posters?|t-shirts?|shirts?|plaques?|graffiti)(?:\s+[\p{L}'’]+){0,4}\s+(?:reading|saying|that\s+read|which\s+read|read|with\s+the\s+words|bearing))\s*[,:]?\s*(?:the\s+|a\s+|an\s+)?$/iu;

/**
 * Whether the quote whose opening mark is at `open` (UTF-16 offset in its paragraph) is set off after a naming cue:
 * a name or a slogan, never speech.
 */
export const namesAThing = (text: string, open: number): boolean => NAMING.test(text.slice(Math.max(0, open - 60), open));
