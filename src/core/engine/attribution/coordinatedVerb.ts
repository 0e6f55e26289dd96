import type { FoundQuote } from './types';

/**
 * Whether a reported quote is only a second verb phrase joined to its cue's verb (`La Riva agreed and favored
 * prosecuting banks`, `they also argued and engaged each other in polemics`): the verb is used without content, and
 * what follows `and` is the writer's account of another act. An `according to` cue is left alone: what follows it
 * is its content whatever word opens it. `text` is the quote's paragraph.
 */
export function coordinatedVerb(text: string, quote: FoundQuote): boolean {
  if (quote.kind !== 'reported' || !quote.cue || quote.cue.block !== quote.block || quote.start < quote.cue.end) return false;
  if (/^according\b/iu.test(text.slice(quote.cue.start, quote.cue.end))) return false;
  return /^\s*$/u.test(text.slice(quote.cue.end, quote.start)) && /^(?:and|or|nor)\s/u.test(text.slice(quote.start, quote.end));
}
