import { checkConsistency } from './consistency';
import { describeIssue, describePath, typeName, type ArticleProblem } from './problemWords';
import { ARTICLE_FORMAT, articleSchema, READABLE_VERSIONS, type Article } from './schema';

// Validation is one thing to its callers: the shape, the consistency and the words for what is wrong are named here.
export { checkConsistency } from './consistency';
export { describePath, type ArticleProblem } from './problemWords';

export type ArticleResult = { ok: true; article: Article } | { ok: false; problems: Array<ArticleProblem> };

/** Validates anything that claims to be an article: its shape first, then its consistency. */
export function parseArticle(input: unknown): ArticleResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, problems: [{ where: '', what: `The file should hold an article object, but holds ${typeName(input)}` }] };
  }
  const record = input as Record<string, unknown>;
  if (record.format !== undefined && record.format !== ARTICLE_FORMAT) {
    return { ok: false, problems: [{ where: 'format', what: `should be "${ARTICLE_FORMAT}", but is ${typeName(record.format)}` }] };
  }
  if (typeof record.version === 'number' && !(READABLE_VERSIONS as ReadonlyArray<number>).includes(record.version)) {
    return { ok: false, problems: [{ where: 'version', what: `is ${record.version}, and this reader reads versions ${READABLE_VERSIONS.join(' and ')}` }] };
  }
  const shape = articleSchema.safeParse(input);
  if (!shape.success) {
    return { ok: false, problems: shape.error.issues.map((issue) => ({ where: describePath(issue.path), what: describeIssue(issue, input) })) };
  }
  const problems = checkConsistency(shape.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, article: shape.data };
}

/** Where a JSON parser's `detail` says `text` goes wrong, as line and column (1-based), or the detail itself. */
function whereJsonBreaks(text: string, detail: string): string {
  if (!text.trim()) return 'it is empty';
  const lineColumn = /line (\d+) column (\d+)/.exec(detail);
  const position = /position (\d+)/.exec(detail);
  if (!lineColumn && !position) return `it may be cut short or damaged (${detail})`;
  const before = text.slice(0, Number(position?.[1] ?? 0));
  const line = lineColumn?.[1] ?? String(before.split('\n').length);
  const column = lineColumn?.[2] ?? String(before.length - before.lastIndexOf('\n'));
  return `it breaks off or has a mistake near line ${line}, column ${column}`;
}

/** Parses the text of an article file: JSON syntax errors are reported like any other problem. */
export function parseArticleJson(text: string): ArticleResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // A parser's message ("Expected ',' or '}' after property value in JSON at position 19") names characters, not
    // the file: say where it goes wrong in lines and columns, as an editor shows them, when the parser tells.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ where: '', what: `The file is not valid JSON: ${whereJsonBreaks(text, detail)}` }] };
  }
  return parseArticle(json);
}

/** One line per problem, as the error alert shows them. */
export function formatProblem(problem: ArticleProblem): string {
  if (problem.where) return `${problem.where}: ${problem.what}`;
  // A problem of the file as a whole either is a sentence already or needs its subject.
  return /^[A-Z]/.test(problem.what) ? problem.what : `The article ${problem.what}`;
}
