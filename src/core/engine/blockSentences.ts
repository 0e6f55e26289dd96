import { splitSentences, type SentenceRange } from '../sentences';
import { onceFor } from './onceFor';

/**
 * The sentences of each block of an article (`splitSentences` of each text: UTF-16 half-open ranges in the block's
 * text), split once an article (see `onceFor.ts`): the quote walk and the event pass read every block's sentences, and
 * each split them again.
 */
export const blockSentences = onceFor((texts: ReadonlyArray<string>): ReadonlyArray<ReadonlyArray<SentenceRange>> => texts.map((text) => splitSentences(text)));
