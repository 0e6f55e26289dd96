/**
 * Widens [start, end) of `text` to whole words, so a selection that cuts a word ("Kazakh President Kassy")
 * takes all of it ("Kazakh President Kassym-Jomart"). Offsets are UTF-16 code units, half-open; letters,
 * digits, apostrophes and hyphens make a word.
 */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  const inWord = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}'’-]/u.test(char);
  let from = Math.max(0, Math.min(start, text.length));
  let to = Math.max(from, Math.min(end, text.length));
  while (from > 0 && inWord(text[from - 1])) from--;
  while (to < text.length && inWord(text[to])) to++;
  return { start: from, end: to };
}
