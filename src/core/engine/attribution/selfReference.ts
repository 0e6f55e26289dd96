import type { FoundQuote } from './types';

/** Third-person pronouns a cue may name its speaker by. */
const THIRD_PERSON = /^(?:he|she|they|him|her|them)$/i;

/**
 * `Nader ElKhuzundar described what happened:` ¶ `… the Chief of Police, his deputy and a colonel … visited the hotel.
 * They officially apologized … They stated that PalFest would always be welcome in Gaza.` and `Bahama Pundit
 * commented:` ¶ `… Ingraham's retirement … came only one day after he asked the Bahamian people to give him a final
 * chance …` (Global Voices, Palestine and the Bahamas, May 2012): inside a source's own quoted words the source is "I"
 * or "we"; a he, she or they there stands for someone the source speaks of, never the source itself. A quote whose cue
 * pronoun lies inside a direct quote and was resolved to that quote's own speaker is left unattributed: the pronoun's
 * antecedent is someone the quoted words name, whom the walk did not find. `texts` are the article's blocks; the quotes
 * are returned in the same order.
 */
export function withoutSelfReference(texts: ReadonlyArray<string>, quotes: ReadonlyArray<FoundQuote>): Array<FoundQuote> {
  // Each block's direct quotes, gathered once: an article may hold thousands of quotes.
  const directs = new Map<number, Array<FoundQuote>>();
  for (const q of quotes) {
    if (q.kind !== 'direct') continue;
    const list = directs.get(q.block);
    if (list) list.push(q);
    else directs.set(q.block, [q]);
  }
  return quotes.map((quote) => {
    const ref = quote.speakerRef;
    if (quote.resolution !== 'pronoun' || !quote.speaker || !ref || ref.block !== quote.block) return quote;
    if (!THIRD_PERSON.test((texts[ref.block] ?? '').slice(ref.start, ref.end))) return quote;
    const outer = directs.get(ref.block)?.find((q) => q !== quote && q.start <= ref.start && ref.end <= q.end && q.speaker === quote.speaker);
    return outer ? { ...quote, speaker: null, resolution: 'unattributed', antecedent: null, sieve: 'none' } : quote;
  });
}
