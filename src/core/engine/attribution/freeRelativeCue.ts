import type { FoundQuote } from './types';

/**
 * Whether a reported quote's cue sits in a free relative (`explain what Red Hat announced and what it means`, `what he
 * believes was excessive police force`, `whatever they say is not included`): `what` is the verb's object, so the
 * words after the cue are no content of the speech but the rest of the writer's sentence (docs/annotation-guide.md,
 * "Reported": the content of the speech, after its cue). `text` is the quote's paragraph.
 */
export function cueInFreeRelative(text: string, quote: FoundQuote): boolean {
  if (quote.kind !== 'reported' || !quote.cue || quote.cue.block !== quote.block) return false;
  return /\bwhat(?:ever)?\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, quote.cue.start - 16), quote.cue.start));
}
