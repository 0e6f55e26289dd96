/**
 * Whether the text brought in another body of a kind with an indefinite article ("a team of researchers", "a new
 * company") in a paragraph after the one that last named a body of that kind, and before `to`: "the team" then refers
 * to the newcomer, which has no name, not to the body named before it. Marshall Star bulletins (fresh NASA text, 2024)
 * run several stories in one text: "the Mission Management Team" of one story is not "The team argues that …" of a
 * later story about "a team of researchers". `head` is the kind noun, lower case; offsets are UTF-16 in `texts`' blocks.
 */
export function introducedSince(head: string, since: { block: number }, to: { block: number; at: number }, texts: ReadonlyArray<string>): boolean {
  if (!/^\p{Ll}+$/u.test(head)) return false;
  const newcomer = new RegExp(`\\b(?:a|an|another)\\s+(?:[\\p{L}-]+\\s+){0,2}${head}\\b`, 'iu');
  for (let b = since.block + 1; b <= to.block; b++) {
    const text = texts[b] ?? '';
    if (newcomer.test(b === to.block ? text.slice(0, to.at) : text)) return true;
  }
  return false;
}
