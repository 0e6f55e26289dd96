import type { DirectSpan } from '../directQuotes';
import type { ColonCue } from './sieves/colonBlock';
import type { FoundQuote } from './types';

/** What a paragraph's sentences share while their quotes are read. */
export interface ParagraphState {
  block: number;
  text: string;
  directs: ReadonlyArray<DirectSpan>;
  handedOn: ColonCue | null;
  /** Whether the paragraph has nothing but quotes in it. */
  quoteOnly: boolean;
  /** The colon cue the paragraph's last sentence makes, once it is read. */
  intro: ColonCue | null;
  quotes: Array<FoundQuote>;
  lastDirect: FoundQuote | null;
  nextDirect: number;
}
