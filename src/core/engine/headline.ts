import { splitSentences } from '../sentences';
import { headlineIndex, scrapeLines } from './scrapeLines';

/** Past this many words a line is a paragraph, however it ends. */
const MAX_HEADLINE_WORDS = 25;

/** A full stop that ends a sentence, maybe inside closing quotes: after a lowercase letter, a digit or a closing mark, so not "the U.S.". */
const FULL_STOP_AT_END = /[\p{Ll}\d%)\]"'”’]\.["'”’)\]]*$/u;

/**
 * Whether a line with more text after it reads as a headline: headlines are short and do not end with a
 * full stop, where a lede paragraph is long or ends like a sentence.
 */
export function readsAsHeadline(line: string): boolean {
  return line.split(/\s+/).length <= MAX_HEADLINE_WORDS && !FULL_STOP_AT_END.test(line);
}

function firstSentence(line: string): { sentence: string; rest: string } {
  const end = splitSentences(line)[0]?.end ?? line.length;
  return { sentence: line.slice(0, end).trim(), rest: line.slice(end).trim() };
}

/** A sentence as a headline: its whitespace runs made single and its closing full stop dropped. */
function asHeadline(sentence: string): string {
  const words = sentence.replace(/\s+/g, ' ').trim();
  return FULL_STOP_AT_END.test(words) ? words.replace(/\.(["'”’)\]]*)$/, '$1') : words;
}

/**
 * Splits the headline off the line a text would take it from. A line that reads as a headline, or is the
 * whole text, is the headline. Otherwise the line is the first paragraph: its first sentence becomes the
 * headline and the rest of the line stays as that paragraph. A headline the reader wrote takes the first
 * sentence's place when it is that sentence (a full stop aside); any other goes above the line, which is
 * then kept whole. No word of the line is lost either way.
 */
export function takeHeadline(line: string, more: boolean, written?: string | null): { headline: string; rest: string } {
  const own = written?.replace(/\s+/g, ' ').trim();
  if (own) {
    const { sentence, rest } = firstSentence(line);
    return { headline: own, rest: asHeadline(sentence) === asHeadline(own) ? rest : line };
  }
  if (!more || readsAsHeadline(line)) return { headline: line, rest: '' };
  const { sentence, rest } = firstSentence(line);
  return { headline: asHeadline(sentence), rest };
}

/**
 * For a text whose headline line reads as a paragraph (pasted without its headline), that line and the
 * headline to suggest for it: its first sentence. Null when the text has a headline line, or is one line.
 */
export function missingHeadline(raw: string): { line: string; suggestion: string } | null {
  const lines = scrapeLines(raw);
  const at = headlineIndex(lines);
  const line = lines[at];
  if (line === undefined || at === lines.length - 1 || readsAsHeadline(line)) return null;
  return { line, suggestion: takeHeadline(line, true).headline };
}
