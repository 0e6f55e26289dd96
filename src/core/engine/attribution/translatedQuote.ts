import type { DirectSpan } from '../directQuotes';
import { parenthesisedGloss } from './parenthesisedGloss';
import type { FoundQuote } from './types';

/**
 * Whether a quote standing alone in parentheses (`parenthesisedGloss`) translates the quote right before it: `the comment
 * of one of the subjects in the video, "Yo sí me iría... Me iría demasiado [sic]" ("I would go, I would so go")`, `the
 * “me iría demasiado” ("I would so go")` (gv-venezuela-caracas-city-of-farewells-video-2012-05-10, whose gold lists each
 * translation as a quote of the original's speaker). Global Voices prints a source's words in their language and then
 * the English; the English is the same speech. The quote before must be one the walk kept (`previous`, the paragraph's
 * last direct quote), so that a title's gloss (`"Caracas, Ciudad de Despedidas" ("Caracas, City of Farewells")`, a title
 * the walk drops) stays no quote; only its closing mark and the parenthesis may stand between. UTF-16 offsets in `text`.
 */
export function translatesQuote(text: string, direct: DirectSpan, previous: FoundQuote | null): boolean {
  if (previous?.kind !== 'direct' || !parenthesisedGloss(text, direct)) return false;
  return previous.end <= direct.open && /^["”’»]\s*\(\s*$/u.test(text.slice(previous.end, direct.open));
}
