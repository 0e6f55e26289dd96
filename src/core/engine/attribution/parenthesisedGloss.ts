import type { DirectSpan } from '../directQuotes';

/**
 * Whether a direct quote stands alone inside parentheses, its marks right inside them: `La hora de la verdad [es] ("The
 * hour of truth")`, `United Russia ('the party of power')`, `MDMA (“ecstasy”)`. The writer glosses a name, a title or a
 * foreign phrase there, or prints a flyer's or a subject line's words, which docs/annotation-guide.md counts as no quote
 * (titles, nicknames, slogans printed on things); the real corpus's golds hold no quote written so, but for the English
 * of a quote kept right before it (`translatedQuote.ts`). Offsets are UTF-16,
 * in the quote's paragraph.
 */
export function parenthesisedGloss(text: string, direct: DirectSpan): boolean {
  if (direct.close === null) return false;
  return /\(\s*$/.test(text.slice(Math.max(0, direct.open - 3), direct.open)) && /^\s*\)/.test(text.slice(direct.close + 1, direct.close + 4));
}
