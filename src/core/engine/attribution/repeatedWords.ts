import type { FoundEntity } from '../entities/types';
import type { FoundQuote } from './types';

/** Words the shorter of two quotes must hold to be the same words: "human error" or "holy war" may be anyone's. */
const MIN_WORDS = 4;

/** A quote's words, compared: lower case, without quote marks, closing punctuation or a `[…]` cut, spaces collapsed. */
function normalised(words: string): string {
  return words
    .toLowerCase()
    .replace(/[“”"‘’'«»]/g, '')
    .replace(/\[(?:…|\.\.\.)\]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s,.;:!?…]+$/u, '')
    .trim();
}

/**
 * Whether `free`, a quote no cue attributes, repeats the words of `given`: the same words, a fragment of them, or a
 * pull quote that opens with them and runs on (never words that merely hold a short quote of another inside them).
 */
function repeats(free: string, given: string): boolean {
  const shorter = free.length <= given.length ? free : given;
  if (shorter.split(' ').length < MIN_WORDS) return false;
  return given.includes(free) || free.startsWith(given);
}

/** An opening mark right before words: they are cited inside the quote that holds them. */
const OPENING_MARK = /[‘'“"]$/;

/**
 * Whether `free`'s words stand in `given`'s text inside marks of their own (`“The third goal of Peace Corps is to ‘help
 * promote a better understanding of other peoples …,’ …,” said Krottinger`, usgov-nasa-conversations-jennifer-
 * krottinger-2024-03-04): the speaker of `given` cites them, as the Peace Corps' goal, and does not say them. Raw texts,
 * each a quote's span of its block.
 */
function citedWithin(given: string, free: string): boolean {
  const core = free.replace(/^[\s“”"‘’']+|[\s“”"‘’',.;:!?…]+$/gu, '');
  if (core.length === 0) return false;
  const at = given.indexOf(core);
  return at > 0 && OPENING_MARK.test(given.slice(0, at));
}

/** Whether two quotes share any of one block's text. */
const overlaps = (a: FoundQuote, b: FoundQuote): boolean => a.block === b.block && a.start < b.end && b.start < a.end;

/**
 * Words an article quotes twice are one speaker's: a quote no cue reads (a pull quote set apart, `“Here, we have some of
 * the world’s largest … in flight." Dr. Jimmy Kenyon Center Director …`; a paragraph signed in a way no sieve reads; a
 * fragment quoted again in a sentence that names no one, `… "do more harm than good"`) takes the speaker of the same
 * words where a cue gives them one (`“Here, we have …,” Kenyon said.`, usgov-nasa-dream-chaser-spaceplane-stacked-
 * shaken-2024-02-09; `According to Jean Christophe Schwaab, …, the initiative would "do more harm than good and be a
 * disaster for employees"`, gv-switzerland-unconditional-basic-income-initiative-2012-05-07; `“I always want to make
 * sure, by doing my job, …,” Beech said.`, usgov-nasa-stennis-cherie-beech-grateful-opportunities-2024-04-04). Only
 * direct quotes of `MIN_WORDS` words or more, and only when every attributed copy names the same speaker; a quote whose
 * cue names no one keeps its abstention. `texts` are the blocks; the quotes are returned in the same order.
 */
export function withRepeatedWords(texts: ReadonlyArray<string>, quotes: ReadonlyArray<FoundQuote>): Array<FoundQuote> {
  // Each quote's words normalised once, and the direct quotes by block: a long article holds hundreds of quotes.
  const wordsOf = new Map(quotes.map((q) => [q, normalised((texts[q.block] ?? '').slice(q.start, q.end))]));
  const words = (q: FoundQuote) => wordsOf.get(q) ?? '';
  const directInBlock = new Map<number, Array<FoundQuote>>();
  for (const q of quotes) if (q.kind === 'direct') directInBlock.set(q.block, [...(directInBlock.get(q.block) ?? []), q]);
  // Words inside another direct quote are cited there (JFK's "Ich bin ein Berliner" in a blogger's post,
  // gv-moroccans-love-hate-affair-obama-2009-06-08): whoever is given them, they are no one's own copy.
  const cited = (q: FoundQuote) => (directInBlock.get(q.block) ?? []).some((o) => o !== q && o.end - o.start > q.end - q.start && overlaps(o, q));
  const given = quotes.filter((q) => q.kind === 'direct' && q.speaker && q.sieve !== 'none' && !cited(q));
  const citedWords = new Set(quotes.filter(cited).map(words));
  const raw = (q: FoundQuote) => (texts[q.block] ?? '').slice(q.start, q.end);
  return quotes.map((quote) => {
    if (quote.kind !== 'direct' || quote.speaker || quote.cue || cited(quote)) return quote;
    const free = words(quote);
    // The same words cited inside a quotation elsewhere (its English gives them again) are the cited one's still.
    if (citedWords.has(free)) return quote;
    const copies = given.filter((other) => repeats(free, words(other)) && !citedWithin(raw(other), raw(quote)));
    const speakers = new Set<FoundEntity | null>(copies.map((c) => c.speaker));
    const [copy] = copies;
    if (!copy || speakers.size !== 1) return quote;
    return {
      ...quote,
      speaker: copy.speaker,
      resolution: 'continuation',
      speakerRef: null,
      antecedent: copy.speakerRef ?? copy.antecedent,
      sieve: 'continuation',
    };
  });
}
