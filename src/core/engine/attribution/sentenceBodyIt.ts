import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { MentionIndex } from './mentions';
import type { Referent } from './types';

/** A finite verb right after a subject, perhaps after its acronym in brackets: "was seeking", "has asked". */
const VERB_AFTER = /^(?:\s*\([^()]{1,20}\))?\s+(?:is|was|are|were|has|had|have|will|would|could|may|might|\p{Ll}{3,}ed)\b/u;

/**
 * A comma right before the "it", perhaps with a conjunction that joins a second clause to the sentence's: "The WHO has
 * recently increased its pandemic alert level to the fifth level, on a scale of one to six, although it has said an
 * increase to the highest level is not probable." (wikinews-swine-flu-cases-worldwide-top-1000-2009-05-04): the clause
 * the conjunction adds keeps the subject of the one before it.
 */
const AFTER_COMMA = /,\s*(?:(?:although|though|but|while)\s+)?$/u;

/**
 * The organisation that is the subject of the sentence an "it" cue closes: "The United Nations Refugee Agency (UNRA)
 * was seeking explanation from the Australian government, it reported in a press briefing this Saturday."
 * (wikinews-indonesian-authorities-refugee-boats-pushed-back-australian-navy-2014-01-13). The sentence opens on the
 * body's name (perhaps after "The") and its verb, and the "it" comes after a comma (`AFTER_COMMA`) right before a speech verb
 * (perhaps after "has" or "had"): the
 * body reports on itself, so the "it" is the subject it follows, not a body named in the sentences before. Null when
 * the sentence opens otherwise ("The United Nations Refugee Agency's staff were …": a possessive is no subject).
 * `at` is the pronoun's offset and `sentenceStart` its sentence's in `text`, block `block` (UTF-16).
 */
export function sentenceBodyIt(text: string, block: number, sentenceStart: number, at: number, mentions: MentionIndex): Referent | null {
  const cue = /^it\s+(?:(?:has|had)\s+)?(\p{Ll}+)/iu.exec(text.slice(at, at + 30));
  if (!cue?.[1] || !isSpeechVerb(cue[1]) || !AFTER_COMMA.test(text.slice(sentenceStart, at))) return null;
  const start = sentenceStart + (/^\s*(?:the\s+)?/i.exec(text.slice(sentenceStart, at))?.[0].length ?? 0);
  const body = mentions.between(block, start, at).find((m) => m.start === start);
  if (body?.entity.type !== 'organization' || !VERB_AFTER.test(text.slice(body.end, at))) return null;
  return { entity: body.entity, at: { block, start: body.start, end: body.end } };
}
