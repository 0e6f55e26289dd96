import { blockSentences } from '../blockSentences';
import { FOREIGN_SPEECH_VERBS } from '../lexicon/foreignSpeechVerbs';
import { foreignBlock } from './foreignBlocks';
import type { MentionIndex } from './mentions';
import type { FoundQuote } from './types';

/**
 * What follows a quote's closing mark to the end of its sentence when it is a Spanish or Portuguese cue naming the
 * speaker last: the mark, a comma, perhaps "ha" or "tem" (a perfect) (group 1), the verb (group 2), perhaps an article
 * and a description closed by a comma ("el ministro de Salud provincial,") (group 3), then the name (group 4) and a
 * full stop.
 */
const FOREIGN_CUE = /^(["”’»]?\s*,\s*(?:(?:ha|han|tem|têm)\s+)?)(\p{Ll}+)(\s+(?:(?:el|la|los|las|o|a|os|as)\s+[^,.!?"“”]{1,80},\s+)?)([^,.!?"“”]+?)[.!?]?\s*$/u;

/**
 * Who a quote in another language names in the cue after it, as Global Voices prints a Spanish or Portuguese source's
 * original words: `“La Provincia es pionera … desde el hospital Gutiérrez”, afirma el ministro de Salud provincial,
 * Alejandro Collia.` (gv-argentina-gender-identity-law-2012-05-12) is Collia's, not the ministry's page whose post the
 * paragraph is. Only a direct quote in a paragraph of foreign prose (`foreignBlock`), whose sentence goes on after its
 * mark with a speech verb of `FOREIGN_SPEECH_VERBS` and ends on a person's name the mentions hold; a description
 * without a name ("ha manifestado el religioso") names no one here. Returns the quote with that speaker (the cue from
 * the verb to the name), or the quote unchanged. `sentenceEnd` is where the quote's sentence ends (UTF-16, half-open).
 */
function foreignCueSpeaker(texts: ReadonlyArray<string>, quote: FoundQuote, sentenceEnd: number, mentions: MentionIndex): FoundQuote {
  if (quote.kind !== 'direct' || !foreignBlock(texts, quote.block)) return quote;
  const text = texts[quote.block] ?? '';
  const tail = text.slice(quote.end, sentenceEnd);
  const [, lead = '', verb = '', gap = '', name = ''] = FOREIGN_CUE.exec(tail) ?? [];
  if (!FOREIGN_SPEECH_VERBS.has(verb.toLowerCase()) || !name) return quote;
  const verbStart = quote.end + lead.length;
  const nameStart = verbStart + verb.length + gap.length;
  const nameEnd = nameStart + name.length;
  const named = mentions.between(quote.block, nameStart, nameEnd).find((m) => m.entity.type === 'person' && m.start === nameStart && m.end === nameEnd);
  if (!named) return quote;
  const speakerRef = { block: quote.block, start: named.start, end: named.end };
  return {
    ...quote,
    speaker: named.entity,
    cue: { block: quote.block, start: verbStart, end: nameEnd },
    speakerRef,
    resolution: 'name',
    antecedent: null,
    sieve: 'foreign-cue',
  };
}

/** The article's quotes, each direct quote without a speaker given the one its foreign cue names (`foreignCueSpeaker`). */
export function withForeignCues(texts: ReadonlyArray<string>, quotes: ReadonlyArray<FoundQuote>, mentions: MentionIndex): Array<FoundQuote> {
  return quotes.map((quote) => {
    if (quote.speaker) return quote;
    const sentence = (blockSentences(texts)[quote.block] ?? []).find((r) => r.start <= quote.end && quote.end < r.end);
    return sentence ? foreignCueSpeaker(texts, quote, sentence.end, mentions) : quote;
  });
}
