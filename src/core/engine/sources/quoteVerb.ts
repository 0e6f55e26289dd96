import type { Quote } from '../../schema';
import { reportingVerbOf } from '../lexicon/reportingVerbs';
import type { Located } from '../attribution/types';

export type QuoteVerb = NonNullable<Quote['verb']>;

/** "asked voters to reject", "told him to leave": an object and a to-infinitive after the verb make it a request. */
const OBJECT_AND_INFINITIVE =
  /^\s+(?!(?:how|what|why|when|where|whether|if|who)\b)(?:(?:the|a|an|his|her|their|its|our|my|all)\s+)?(?:[\p{L}'’.-]+\s+){1,2}?to\s+\p{Ll}/u;

/**
 * The reporting verb of a quote's cue, with its stance: the first word of the cue, outside the words that name the
 * speaker, that is a reporting verb (`lexicon/reportingVerbs.ts`). "According to" is a verb of its own, neutral;
 * "called for" and "called on" ask for something, and "asked"/"told" do when an object and a to-infinitive follow.
 * Null when the quote has no cue, or its cue has no verb (a dash trailer, "from X:").
 */
export function quoteVerb(texts: ReadonlyArray<string>, cue: Located | null, speakerRef: Located | null): QuoteVerb | null {
  if (!cue) return null;
  const text = texts[cue.block] ?? '';
  const words = text.slice(cue.start, cue.end);
  if (/\baccording to\b/i.test(words)) return { lemma: 'according to', stance: 'neutral' };
  const naming = speakerRef && speakerRef.block === cue.block ? speakerRef : null;
  for (const word of words.matchAll(/\p{L}+/gu)) {
    const start = cue.start + word.index;
    if (naming && start >= naming.start && start < naming.end) continue;
    const verb = reportingVerbOf(word[0]);
    if (!verb) continue;
    const after = text.slice(start + word[0].length, start + word[0].length + 80);
    if (verb.lemma === 'call') {
      const particle = /^\s+(for|on)\b/i.exec(after)?.[1]?.toLowerCase();
      if (particle) return { lemma: `call ${particle}`, stance: 'directive' };
    }
    if ((verb.lemma === 'ask' || verb.lemma === 'tell') && OBJECT_AND_INFINITIVE.test(after)) return { lemma: verb.lemma, stance: 'directive' };
    return { lemma: verb.lemma, stance: verb.stance };
  }
  return null;
}
