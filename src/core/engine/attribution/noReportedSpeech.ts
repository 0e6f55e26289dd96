import { announcesQuotation } from './announcedQuotation';
import { concessiveWhether } from './concessiveWhether';
import { coordinatedVerb } from './coordinatedVerb';
import { danglingFragment } from './danglingFragment';
import { declaredAct } from './declaredAct';
import { cueInFreeRelative } from './freeRelativeCue';
import { onlyIntroductoryPhrase } from './introductoryPhrase';
import { onlyQuestionsAnswered } from './questionsAnswered';
import { thingPronoun } from './thingPronoun';
import type { FoundQuote } from './types';
import { writtenPiece } from './writtenPiece';

/** The shapes a reported sieve reads as speech where the sentence tells none, one file each. */
const NOT_SPEECH: ReadonlyArray<(text: string, quote: FoundQuote) => boolean> = [
  onlyQuestionsAnswered,
  cueInFreeRelative,
  declaredAct,
  onlyIntroductoryPhrase,
  announcesQuotation,
  coordinatedVerb,
  danglingFragment,
  writtenPiece,
  thingPronoun,
  concessiveWhether,
];

/**
 * Whether a reported quote a sieve found reports nothing: questions answered, a cue in a free relative, an act told
 * with a speech verb, an opening phrase, an indirect question announcing a quotation, a verb phrase joined to the
 * cue's verb, a sentence's start broken off by its cue, a piece of writing the cue's verb wrote, an "it" that stands for
 * no organisation, a concessive "whether … or not". Such quotes are dropped, not left unattributed: the golds
 * hold no quote there. `text` is the quote's paragraph.
 */
export const reportsNothing = (text: string, quote: FoundQuote): boolean => NOT_SPEECH.some((notSpeech) => notSpeech(text, quote));
