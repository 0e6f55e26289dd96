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
