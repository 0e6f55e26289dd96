/** A span of one paragraph: [start, end) in UTF-16 code units. */
interface Span {
  start: number;
  end: number;
}

/**
 * Wikinews' tag before an answer's original: the language code in double parentheses, the language's name and a colon,
 * then perhaps a zero-width joiner (` ((es))Spanish language: ‍`, ` ((ru))Russian: ‍`).
 */
const TAG = /\s*\(\([a-z]{2,3}\)\)\s*\p{Lu}[\p{L} ]{1,30}:\s*\u200d?\s*/u;

/**
 * The parts of a labelled answer `span` of `text`: its English words, then, where Wikinews prints the original after a
 * language tag, the original (`Alberto Suárez Laso: This time it's a bit complicated … ((es))Spanish language: Esta vez
 * está un poco complicado …`, wikinews-interviews-spanish-paralympic-athlete-alberto-suarez-laso-2013-07-16). The guide
 * ("An original after Wikinews' language tag") makes the English one quote and the original a second one by the same
 * speaker and cue; the tag is neither's. The whole span when there is no tag or no English before it.
 */
export function beforeOriginal(text: string, span: Span): Array<Span> {
  const tag = TAG.exec(text.slice(span.start, span.end));
  if (!tag || tag.index === 0) return [span];
  const english = { start: span.start, end: span.start + tag.index };
  const original = { start: span.start + tag.index + tag[0].length, end: span.end };
  return original.end > original.start ? [english, original] : [english];
}
