import type { MentionIndex } from './mentions';
import type { FoundQuote } from './types';

/**
 * The words a speaker introduces themself with, at a quotation's start, perhaps after an ellipsis that cuts what came
 * before: "My name is", "I am called", and the Spanish, Portuguese and French Global Voices prints originals in
 * ("Me llamo", "Mi nombre es", "Meu nome é", "Je m'appelle"). The name follows.
 */
const SELF_INTRODUCTION =
  /^(?:(?:\[(?:\.\.\.|…)\]|\.\.\.|…)\s*)?(?:[Mm]y\s+name\s+is|I\s+am\s+called|Me\s+llamo|Mi\s+nombre\s+es|Meu\s+nome\s+é|Je\s+m['’]appelle)\s+/u;

/**
 * A quotation that opens by naming its speaker, "My name is Margarita Mbywangi. I live in the Kuetuvy community, …"
 * (gv-paraguay-ache-indigenous-communities-2012-05-17, a block set off after "The post … is a short self-introduction by
 * an important female community leader:", a description no entity stands for): whoever writes "my name is X" is X.
 * Only a direct quote no sieve gave a speaker, and only when a person's name the mentions hold starts right after the
 * introduction and ends at a word's end, not in a possessive ("My name is Bilal Dhiab's mother" is not Bilal Dhiab's
 * voice); the name is the cue and the speaker. Returns the quotes in the same order.
 */
export function withSelfIntroductions(texts: ReadonlyArray<string>, quotes: ReadonlyArray<FoundQuote>, mentions: MentionIndex): Array<FoundQuote> {
  return quotes.map((quote) => {
    if (quote.speaker || quote.kind !== 'direct') return quote;
    const text = texts[quote.block] ?? '';
    const intro = SELF_INTRODUCTION.exec(text.slice(quote.start, quote.end));
    if (!intro) return quote;
    const at = quote.start + intro[0].length;
    const named = mentions
      .between(quote.block, at, quote.end)
      .find((m) => m.start === at && m.entity.type === 'person' && !/^(?:\p{L}|['’]s\b)/u.test(text.slice(m.end)));
    if (!named) return quote;
    const ref = { block: quote.block, start: named.start, end: named.end };
    return { ...quote, speaker: named.entity, cue: ref, speakerRef: ref, resolution: 'name', antecedent: null, sieve: 'colon-block' };
  });
}
