/** The longest a line of verse printed as a paragraph of its own is taken to be (UTF-16 code units). */
const LINE = 80;

/** Whether a paragraph is a short line that sets nothing off: no colon at its end, no more than `LINE` long. */
const verseLine = (text: string): boolean => {
  const line = text.trim();
  return line.length > 0 && line.length <= LINE && !/:$/.test(line);
};

/**
 * `…, like the writer Sinval Santos da Silveira, who tells us the story and secret of a woman …:` then `Mulher de idade
 * avançada, magrinha, mal alimentada,` / `e de um coração cheio de bondade...` / … and their translation, line by line
 * (gv-brazil-folk-healers-benzedeiras-2012-05-15): a poem quoted after a colon cue is printed one line a paragraph, each
 * line short and most not ending a sentence. A short line goes on with the block quotation when every quotable
 * paragraph since the cue (block `cueBlock`) was such a line and the first of them ran on in words or a comma, so that a
 * prose quotation of one short paragraph is not taken for verse. `texts` and `quotable` are the article's, `block` the
 * paragraph read.
 */
export function versesOn(texts: ReadonlyArray<string>, quotable: ReadonlyArray<boolean>, cueBlock: number, block: number): boolean {
  if (!verseLine(texts[block] ?? '')) return false;
  // The paragraphs since the cue are read up to the first that is no verse line, which settles it: a prose quotation
  // of many paragraphs is not read again whole for each one.
  let first: string | null = null;
  for (let b = cueBlock + 1; b < block; b++) {
    if (!quotable[b]) continue;
    const line = texts[b] ?? '';
    if (!verseLine(line)) return false;
    first ??= line;
  }
  // A verse's first line runs on in words or a comma; one ending in a bracket or a brace (a block of code, a list) is none.
  return first !== null && /[\p{L},;–—-]$/u.test(first.trim());
}
