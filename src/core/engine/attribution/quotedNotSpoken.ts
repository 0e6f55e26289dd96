import type { DirectSpan } from '../directQuotes';
import { citedTitle } from './citedTitle';
import { isTitleIn } from './longTitle';
import { linkedTitle } from './linkedTitle';
import { namesAThing } from './namedThing';
import { titleOfWork } from './paragraphShapes';
import { parenthesisedGloss } from './parenthesisedGloss';
import { unspokenTitle } from './titleShape';
import type { FoundQuote } from './types';
import { titleAfterWorkNoun } from './workTitle';
import { displayedWords } from './displayedWords';
import { captionWords } from './captionWords';
import { titledElsewhere } from './titledElsewhere';

/**
 * Whether the quoted words `direct` of block `block` (text `text`, its sentence starting at `sentenceStart`; `texts` the
 * article's blocks) are no one's speech: a work's title (unless a trailing or split cue reads it as speech), a name a
 * noun gives a thing, a gloss in parentheses, a linked page's title, a cited article's title, a title after its work's
 * noun (`workTitle.ts`), words a sign or a shared link shows (`displayedWords.ts`), words a picture's caption opens on as shown (`captionWords.ts`), a work's title the article names after its noun elsewhere (`titledElsewhere.ts`), or, with no cue read for `quote`, a title the article writes elsewhere or
 * one shaped as a title.
 */
export function quotedNotSpoken(
  quote: FoundQuote,
  direct: DirectSpan,
  at: { block: number; text: string; sentenceStart: number; texts: ReadonlyArray<string> },
): boolean {
  const { block, text, sentenceStart, texts } = at;
  return (
    (titleOfWork(text.slice(direct.start, direct.end)) && quote.sieve !== 'trailing-cue' && quote.sieve !== 'split-quote') ||
    namesAThing(text, direct.open) ||
    parenthesisedGloss(text, direct) ||
    linkedTitle(text, direct) ||
    citedTitle(text, direct) ||
    titleAfterWorkNoun(text, direct) ||
    displayedWords(text, direct) ||
    captionWords(text, direct) ||
    titledElsewhere(text.slice(direct.start, direct.end), texts) ||
    (!quote.cue && (isTitleIn(text.slice(direct.start, direct.end), block, texts) || unspokenTitle(quote, text, sentenceStart, direct)))
  );
}
