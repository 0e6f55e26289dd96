/**
 * The cue a writer puts before reopening a single-quoted quote they left without its closing mark: a comma, a name of
 * up to three capitalised words and a past speech verb ("…, Shorunmu lamented. ‘"), or the verb first ("…, said
 * Shorunmu. ‘"), and a full stop.
 */
const CUE_BEFORE = /,\s+(?:(?:said|says)\s+\p{Lu}[^‘’"“”]*?|(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:said|says|\p{Ll}{2,}ed))[.!?]\s+$/u;

/** Where a quote reopened so ends: a sentence's final mark, then space, at the end of the words. */
const SENTENCE_END = /[.!?…]\s+$/u;

/**
 * Where a single-quoted quote opened at `open` ends when a curly opening single mark at `at` meets it still open: `‘It’s
 * so sad but … our dear Rashidi Yekini is dead, Shorunmu lamented. ‘He died in a private hospital in Ibadan. ‘The woman
 * who had a daughter for Yekini told me …’, said Shorunmu.` (Maxibeats, quoted in gv-nigeria-rashidi-yekini-obituary-2012-05-08).
 * A single mark cannot open a quote inside one of its own kind, so the writer left the first one unclosed: it ends at
 * the comma before a cue (`CUE_BEFORE`), which stays outside it, else with the sentence before the mark. Returns the
 * offset (UTF-16, into `text`) of that comma or the sentence's final mark, the quote's last character and the place
 * its closing mark would be; -1 when the words before the mark end no sentence, and the mark is read as before.
 */
export function reopenedSingleEnd(text: string, open: number, at: number): number {
  if (text[at] !== '\u2018' || !/\s/.test(text[at - 1] ?? '')) return -1;
  const words = text.slice(open + 1, at);
  const cue = CUE_BEFORE.exec(words);
  if (cue) return open + 1 + cue.index;
  const end = SENTENCE_END.exec(words);
  return end ? open + 1 + end.index : -1;
}
