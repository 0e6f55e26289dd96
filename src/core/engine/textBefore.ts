/**
 * Reading what lies just before a position of a paragraph. A pattern anchored at the end of `text.slice(0, at)` is run
 * by V8 from every start position of that slice, so asking it at each of a paragraph's cues costs the paragraph's length
 * squared (200 KB hostile paragraphs, tests/core/engine/hostile*.test.ts). These read a bounded stretch instead and
 * give the anchored pattern's answer for every input; each says why.
 */

const SPACE = /\s/u;

/**
 * Where the run of whitespace that ends at `end` of `text` starts: `end` when the character before it is no whitespace.
 * Offsets are UTF-16 code units; every character `\s` matches is one code unit.
 */
export function spaceRunStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && SPACE.test(text.charAt(start - 1))) start--;
  return start;
}

/**
 * The start of the stretch of about `size` UTF-16 code units that ends at `end`, moved back one unit when it would split
 * a surrogate pair: a pattern with the `u` flag then reads the stretch's first character as the whole text does.
 */
export function stretchStart(text: string, end: number, size: number): number {
  const start = Math.max(0, end - size);
  const unit = text.charCodeAt(start);
  const previous = start > 0 ? text.charCodeAt(start - 1) : 0;
  return unit >= 0xdc00 && unit <= 0xdfff && previous >= 0xd800 && previous <= 0xdbff ? start - 1 : start;
}

/**
 * Whether `text` ends in a colon, perhaps followed by whitespace: what a pattern ending in `:\s*$` needs of the text it
 * reads to its end. Asked first, from the end, since such a pattern reads on from each place it could start.
 */
export const endsInColon = (text: string): boolean => text.charAt(spaceRunStart(text, text.length) - 1) === ':';

const SENTENCE_END = /[.!?]["”’]?\s+$/u;

/**
 * Whether `at` opens `text` or follows a sentence's end: a full stop, "!" or "?", perhaps a closing quotation mark, then
 * whitespace. The same as `/(?:^|[.!?]["”’]?\s+)$/u.test(text.slice(0, at))`: a match's whitespace must be the whole run
 * before `at` (the mark before it is no whitespace), and its mark and quotation mark the two units before that run,
 * so the pattern is asked about those units and the run only.
 */
export const afterSentenceEnd = (text: string, at: number): boolean => at === 0 || SENTENCE_END.test(text.slice(Math.max(0, spaceRunStart(text, at) - 2), at));

const WORD_BEFORE = /[\p{L}\p{M}'’-]+$/u;

/**
 * The run of letters, marks, apostrophes and hyphens that ends at `end` of `text` (the longest such run; undefined when
 * the character before `end` is none of them): the same as `/[\p{L}\p{M}'’-]+$/u.exec(text.slice(0, end))?.[0]`. It is
 * looked for in the 64 units before `end`; only a run that fills that whole stretch may go on before it, and then the
 * whole beginning is read.
 */
export function wordEndingAt(text: string, end: number): string | undefined {
  const start = stretchStart(text, end, 64);
  const near = WORD_BEFORE.exec(text.slice(start, end));
  if (near && near.index === 0 && start > 0) return WORD_BEFORE.exec(text.slice(0, end))?.[0];
  return near?.[0];
}

const NAME_WORD_THEN_SPACE = /(?:^|\s)(?:\p{Lu}\p{Ll}+|\p{Lu}\.)\s$/u;

/**
 * Whether a capitalised word ("Thomas", or an initial "K.") and one whitespace character end `text` before `at` (a
 * nickname in quotation marks after them sits inside a name, sieves/trailingCue.ts):
 * `NAME_WORD_THEN_SPACE` on `text.slice(0, at)`, asked of the 64 units before `at` when they hold a whitespace character
 * before their last. The word holds none, so a match then starts inside the stretch and a match there is one in the
 * whole; only a stretch that is all one word (and its space) can match at its own start or go on before it.
 */
export function nameWordBefore(text: string, at: number): boolean {
  const start = stretchStart(text, at, 64);
  const near = text.slice(start, at);
  return start === 0 || /\s/u.test(near.slice(0, -1)) ? NAME_WORD_THEN_SPACE.test(near) : NAME_WORD_THEN_SPACE.test(text.slice(0, at));
}
