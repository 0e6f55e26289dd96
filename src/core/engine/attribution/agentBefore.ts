/**
 * A participle of a reporter's contact and "by" closing the words before a name, with no comma and no "was" before it:
 * "Residents interviewed by ", "Several witnesses contacted by the ", "Two officials quoted by the ". Not an author's
 * ("a blog authored by Los Angeles entertainment journalist Richard Horgan, describes", gv-north-korea-journalists-
 * sentenced-hard-labor-2009-06-09: the author speaks for the blog) nor a passive clause's ("The bill was drafted by Alex
 * Greenwich who said", wikinews-new-south-wales-decriminalizes-abortion-2019-09-27).
 */
const PARTICIPLE_BY =
  /(?<![,;:]\s*)(?<!\b(?:is|are|was|were|be|been|being)\s+)(?<![\p{L}'’-])(?:interviewed|contacted|quoted|cited|questioned|polled|surveyed|reached|consulted|approached|asked)\s+by\s+(?:the\s+)?$/u;

/**
 * Whether the speaker words before a name end in a participle whose agent the name is: in "Residents interviewed by
 * Reuters said the water was contaminated", "Several witnesses contacted by the Associated Press said …" (wire copy's
 * way of crediting its own reporting), the ones interviewed speak, not the agency that interviewed them (lane break35's
 * sentences; the name had been given the words). Not after a comma: "John Smith, interviewed by Reuters, said" is Smith's,
 * which the name before the comma tells. `words` are the speaker words up to the name.
 */
export function agentBefore(words: string): boolean {
  return PARTICIPLE_BY.test(words);
}
