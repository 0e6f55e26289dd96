import { reportingVerbOf } from '../lexicon/reportingVerbs';
import type { FoundQuote } from './types';

/** Verbs that tell what a document or a body put out ("It also says that …", "It also announced …"): kept. */
const PUBLISHING = new Set(['say', 'state', 'announce', 'declare', 'report']);

/**
 * Whether a reported quote's speaker is an "it" the resolver tied to nobody: "Sports in the United States largely
 * reaffirm existing relations of power in society. It emphasizes consumerism, the belief that …" (a Wikinews interview
 * answer, development half). An "it" that means an organisation resolves to it (`coreference.ts`); one that does not
 * stands for a thing, and a thing that emphasizes, feels or estimates something is not a source ("It feels good to check
 * items off the list", fresh digital.gov pages). One that says or announces is left as it was: an unnamed document or body
 * ("It also says that we should …", a policy; "It also announced Frelimo's continued dominance", an electoral commission).
 * `text` is the quote's paragraph.
 */
export function thingPronoun(text: string, quote: FoundQuote): boolean {
  if (quote.kind !== 'reported' || quote.speaker || !quote.speakerRef || !quote.cue) return false;
  const verbs = text
    .slice(quote.cue.start, quote.cue.end)
    .split(/\s+/)
    .map((w) => reportingVerbOf(w)?.lemma);
  return /^it$/i.test(text.slice(quote.speakerRef.start, quote.speakerRef.end)) && !verbs.some((v) => v !== undefined && PUBLISHING.has(v));
}
