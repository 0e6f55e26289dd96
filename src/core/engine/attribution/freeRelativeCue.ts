import type { FoundQuote } from './types';

/** "what" (or "whatever") right before the cue: `what Red Hat announced`, `what the minister said`. */
const WHAT_BEFORE = /\bwhat(?:ever)?\s+(?:the\s+)?$/iu;
/** "what" and up to four more words of the relative's subject before the cue: `What residents in ` of "What residents in NJ felt". */
const WHAT_PHRASE_BEFORE = /\bwhat(?:ever)?\s+(?:[\p{L}\p{N}'’.-]+\s+){1,4}$/iu;
/** A copula opening the words after the cue: the free relative has ended and the writer's sentence goes on. */
const COPULA_OPENS = /^\s*(?:was|is|were|are)\b/u;

/**
 * Whether a reported quote's cue sits in a free relative (`explain what Red Hat announced and what it means`, `what he
 * believes was excessive police force`, `whatever they say is not included`): `what` is the verb's object, so the
 * words after the cue are no content of the speech but the rest of the writer's sentence (docs/annotation-guide.md,
 * "Reported": the content of the speech, after its cue). A longer subject may stand between "what" and the cue when the
 * words after it open on a copula, a pseudo-cleft's (`What residents in NJ felt was a sonic boom, …`,
 * usgov-gsa-18f-earthquake-center-open-source-team-2016-04-04). `text` is the quote's paragraph.
 */
export function cueInFreeRelative(text: string, quote: FoundQuote): boolean {
  if (quote.kind !== 'reported' || !quote.cue || quote.cue.block !== quote.block) return false;
  if (WHAT_BEFORE.test(text.slice(Math.max(0, quote.cue.start - 16), quote.cue.start))) return true;
  const before = text.slice(Math.max(0, quote.cue.start - 60), quote.cue.start);
  return WHAT_PHRASE_BEFORE.test(before) && !/[.!?;:]/.test(before.slice(before.search(/\bwhat/iu))) && COPULA_OPENS.test(text.slice(quote.start, quote.end));
}
