import type { Quote } from '../../schema';
import { shownConfidence } from '../../confidence';
import type { FoundQuote, Located } from '../attribution/types';
import { calibrationKey, confidenceOf } from '../calibration';
import type { FoundEntity } from '../entities/types';
import { quoteVerb } from '../sources/quoteVerb';
import type { Slot } from './slots';

/**
 * Each block's quotes as the reader's article holds them: ids `q1`, `q2`, … in the order found, the speaker's entity
 * id, the cue, speaker mention and antecedent as spans (with the block's id when they sit in another block), and the
 * confidence its sieve and resolution measured (two decimals). `onAttribution` is told each quote's calibration key.
 */
export function quotesByBlock(
  slots: ReadonlyArray<Slot>,
  quotes: ReadonlyArray<FoundQuote>,
  ids: ReadonlyMap<FoundEntity, string>,
  onAttribution?: (quoteId: string, calibrationKey: string) => void,
): Array<Array<Quote>> {
  const texts = slots.map((slot) => slot.text);
  const byBlock = texts.map(() => new Array<Quote>());
  const span = (at: Located | null, owner: number) => {
    if (!at) return null;
    const text = (texts[at.block] ?? '').slice(at.start, at.end);
    if (!text) return null;
    return at.block === owner ? { start: at.start, end: at.end, text } : { start: at.start, end: at.end, text, blockId: slots[at.block]?.id ?? '' };
  };
  quotes.forEach((quote, i) => {
    onAttribution?.(`q${i + 1}`, calibrationKey(quote));
    byBlock[quote.block]?.push({
      start: quote.start,
      end: quote.end,
      text: (texts[quote.block] ?? '').slice(quote.start, quote.end),
      id: `q${i + 1}`,
      kind: quote.kind,
      speakerId: quote.speaker ? (ids.get(quote.speaker) ?? null) : null,
      cue: span(quote.cue, quote.block),
      speakerRef: span(quote.speakerRef, quote.block),
      resolution: quote.speaker ? quote.resolution : 'unattributed',
      antecedent: quote.speaker ? span(quote.antecedent, quote.block) : null,
      confidence: shownConfidence(confidenceOf(quote)),
      verb: quoteVerb(texts, quote.cue, quote.speakerRef),
    });
  });
  return byBlock;
}
