import { FOREIGN_SPEECH_VERBS } from '../lexicon/foreignSpeechVerbs';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { FoundQuote } from './types';

/** A speech verb in English, or in the Spanish or Portuguese of a quoted post (`“…”, ha manifestado el religioso.`). */
const speechVerb = (word: string) => isSpeechVerb(word) || FOREIGN_SPEECH_VERBS.has(word.toLowerCase());

/** How many words may follow a post's quoted sentence: a sign-off or hashtags, no clause of the writer's. */
const TAIL_WORDS = 8;

/**
 * A post that is a quoted sentence and a tag line, set off as a block quotation: `Finally, an account that publishes
 * quotes by … Mafalda (@MafaldaQuotes) [es] wrote:` ¶ `"Algún día se dará más valor a la cultura que al dinero" #QEPD
 * Carlos Fuentes. #MafaldaQuotes` (gv-mexico-carlos-fuentes-tributes-2012-05-16). The quote opening the paragraph is
 * the words the post gives, so its source's, when the rest of the paragraph is at most `TAIL_WORDS` words with no speech
 * verb, English or Spanish and Portuguese (a verb would make it a cue naming someone else: `"…" said Kirchner`, `”, afirma
 * el ministro …, Alejandro Collia.`). Only a quote with no speaker inside a whole-paragraph quote that has one takes it;
 * the quotes are returned in the same order.
 */
export function withQuotedPosts(texts: ReadonlyArray<string>, quotes: ReadonlyArray<FoundQuote>): Array<FoundQuote> {
  // Each block's whole-paragraph quote with a speaker, found once: the article may hold thousands of quotes.
  const posts = new Map<number, FoundQuote>();
  for (const q of quotes) if (q.speaker && q.start <= 1 && q.end >= (texts[q.block] ?? '').trimEnd().length - 1) posts.set(q.block, q);
  return quotes.map((quote) => {
    const text = texts[quote.block] ?? '';
    if (quote.speaker || quote.kind !== 'direct' || !/^\s*["“«]$/.test(text.slice(0, quote.start))) return quote;
    const post = posts.get(quote.block);
    const tail = text.slice(quote.end).replace(/^[^\s]*/, '');
    const words = tail.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (!post || words.length > TAIL_WORDS || words.some((w) => speechVerb(w.replace(/\P{L}/gu, '')))) return quote;
    return {
      ...quote,
      speaker: post.speaker,
      cue: post.cue,
      speakerRef: post.speakerRef,
      resolution: post.resolution,
      antecedent: post.antecedent,
      sieve: 'own-words',
    };
  });
}
