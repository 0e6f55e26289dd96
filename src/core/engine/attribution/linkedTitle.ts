import type { DirectSpan } from '../directQuotes';

/** A web address in parentheses right after the closing mark, perhaps after a comma or a full stop. */
const LINK_AFTER = /^[\s,.]*\((?:https?:\/\/|www\.)/u;

/** Small words a title leaves in lower case after its first word. */
export const SMALL_WORD = /^(?:of|the|and|or|a|an|in|on|for|to|at|by|with|as|from|into|over|under|about|through|without|against|vs\.?|[–—:-])$/u;

/**
 * Whether the quoted words `quoted` are written as a headline: at most fourteen words, each capitalised (perhaps inside
 * marks of its own: "‘Microquasar’") or a small word after the first, and no closing "!", "?" or ";".
 */
function headlineCased(quoted: string): boolean {
  const words = quoted.trim().replace(/[.,]$/u, '').split(/\s+/u);
  return (
    words.length >= 2 &&
    words.length <= 14 &&
    !/[!?;]$/u.test(quoted.trim()) &&
    words.every((w, i) => /^['‘"“(]?[\p{Lu}\d]/u.test(w) || (i > 0 && SMALL_WORD.test(w)))
  );
}

/**
 * Whether a direct quote `direct` in `text` is the title of a page the writer links to: headline-cased words in marks,
 * then the page's address in parentheses ("On 1/16/24, NASA posted “NASA’s IXPE Helps Researchers Maximize ‘Microquasar’
 * Findings” (https://www.nasa.gov/…)", NASA_RAG article 687). Titles of works are not quotes (docs/annotation-guide.md),
 * though "posted" is read as a speech verb; a post's own words are not headline-cased ("Big win today!").
 */
export function linkedTitle(text: string, direct: DirectSpan): boolean {
  if (direct.close === null) return false;
  return LINK_AFTER.test(text.slice(direct.close + 1, direct.close + 20)) && headlineCased(text.slice(direct.start, direct.end));
}
