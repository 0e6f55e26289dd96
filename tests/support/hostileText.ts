import { analyzeArticle } from '../../src/core/engine/analyze';
import { formatProblem, parseArticle } from '../../src/core/validate';

/**
 * What the validator finds wrong in the engine's analysis of `raw` (dated 2022-02-10), one message per problem: empty
 * when every span the engine returns matches its text. The hostile-input tests (tests/core/engine/hostile*.test.ts) ask
 * for it to be empty.
 */
export function problemsOf(raw: string): Array<string> {
  const result = parseArticle(analyzeArticle(raw, { publishedOn: '2022-02-10' }));
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** `shape` repeated to about 200 KB (200,000 UTF-16 code units or a little more), in one paragraph if it has no break. */
export const repeatedTo200KB = (shape: string): string => shape.repeat(Math.ceil(200_000 / shape.length));

/**
 * `shape(0)`, `shape(1)`, … joined until they reach about 200 KB: numbered, so the cleaner does not fold the copies away
 * as repeated paragraphs.
 */
export function numberedTo200KB(shape: (i: number) => string): string {
  const parts: Array<string> = [];
  for (let i = 0, length = 0; length < 200_000; i++) {
    parts.push(shape(i));
    length += parts[i]?.length ?? 0;
  }
  return parts.join('');
}
