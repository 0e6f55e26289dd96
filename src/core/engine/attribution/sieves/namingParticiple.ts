import { unattributed } from '../types';
import type { DirectSieve } from './direct';

/**
 * A participle that names or describes something, "as" right after it and at most an article before the mark: "referred
 * to as", "known as", "described as". With no object between participle and "as" it can only be a passive (the active
 * says whom: "referred to it as", "described him as"). Group 1 is what stands before the participle.
 */
const NAMED_AS =
  /([\p{L}'’-]+)\s+(?:(?:\p{Ll}+ly|also|often|sometimes|now)\s+)?(?:referred\s+to|known|described|characteri[sz]ed|labell?ed|branded|billed|dubbed|termed)\s+as\s+(?:(?:a|an|the)\s+)?$/u;

/** Words before the participle that make it a clause with a speaker of its own: a pronoun subject, an auxiliary. */
const OWN_SUBJECT = /^(?:i|you|he|she|it|we|they|who|which|that|what|whom|is|was|are|were|be|been|being|has|have|had)$/i;

/**
 * `an alleged clandestine neonationalist organization referred to as "Ergenekon"` (fresh AMALGUM Wikinews news, wild15:
 * AMALGUM_news_arrests): a passive participle right after the noun it names (a reduced relative clause) says what the
 * thing is called, not who calls it; the noun is what is named, never the speaker, which `leadingCue` took it for. The
 * quote is answered here with no speaker and no cue, so no later cue sieve reads the participle as a speech verb; the
 * term rules then keep or drop it as they do any quote no cue reads. Left to the later sieves when an agent follows the
 * closing mark ("… as "reckless" by the opposition"). Null when the words before the participle are a subject of its own (`which he described as`,
 * `what an officer described as`).
 */
export const namingParticiple: DirectSieve = (c) => {
  const { block, text, range, direct } = c;
  const named = NAMED_AS.exec(text.slice(range.start, direct.open));
  if (!named?.[1] || OWN_SUBJECT.test(named[1]) || /^\p{Lu}/u.test(named[1])) return null;
  // "In what an officer described as “…”": a relative pronoun fronts the object; the noun is the describer.
  if (/\b(?:what|which|whom|that)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu.test(text.slice(range.start, range.start + named.index))) return null;
  if (direct.close !== null && /^[”"’',.]*\s+by\s/u.test(text.slice(direct.close))) return null;
  return unattributed(block, direct, 'direct');
};
