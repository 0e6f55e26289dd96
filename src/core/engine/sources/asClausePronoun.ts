import type { SentenceRange } from '../../sentences';
import { PRONOUN_GENDER } from '../attribution/gender';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { Found } from './subjectPronoun';

/**
 * The verb of a cue that follows what it reports, right before a name, perhaps past up to four capitalised title words:
 * `,” said `, `, said NIBIB Director `; "The panel thanked Jane Doe" has no such verb.
 */
const VERB_BEFORE = /[,"”]\s*(\p{Ll}+)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/**
 * After the name of a cue that the verb opens: perhaps an appositive, then a comma and "as he" or "as she" with its
 * verb (group 1 what comes before the pronoun, group 2 the pronoun): ", the federal government’s deputy chief technology officer, as he pumped".
 */
const AFTER_CUE = /^((?:,\s+[^,;:.()"“”]{2,120})?,\s+as\s+)(he|she)\s+\p{Ll}+/u;
/** After the name that a cue's verb follows, grouped as `AFTER_CUE`: " said as she left", ", the director, said, as he". */
const AFTER_NAME = /^((?:,\s+[^,;:.()"“”]{2,120},)?\s+(?:said|says),?\s+as\s+)(he|she)\s+\p{Ll}+/u;

/**
 * "said Ryan Panchadsaram, the federal government’s deputy chief technology officer, as he pumped up the crowd",
 * "said Hillary Hartley, deputy executive director of 18F, as she greeted the crowd" (usgov-gsa-18f-moveforward-
 * digital-services-flash-mob-2015-05-11): the he or she of an as-clause closing a cue is the cue's speaker, the
 * subject of its verb (`docs/annotation-guide.md`, "Gender": a pronoun that refers to them). Only where the name is the
 * verb's subject, right after a verb of saying or right before "said", and no other person is named between the name
 * and the pronoun (`people`: the block's person mentions). `text` is the block's, `sentence` the range holding the
 * mention [start, end) (UTF-16 offsets, half-open). The gender and where the pronoun is written, or null.
 */
export function asClausePronoun(
  text: string,
  sentence: SentenceRange,
  start: number,
  end: number,
  block: number,
  people: ReadonlyArray<{ start: number; end: number }>,
): Found | null {
  const following = text.slice(end, Math.min(sentence.end, end + 200));
  const verb = VERB_BEFORE.exec(text.slice(Math.max(sentence.start, start - 60), start))?.[1];
  const clause = (verb && isSpeechVerb(verb) ? AFTER_CUE.exec(following) : null) ?? AFTER_NAME.exec(following);
  const pronoun = clause?.[2];
  const gender = pronoun ? PRONOUN_GENDER[pronoun] : undefined;
  if (!clause?.[1] || !pronoun || !gender) return null;
  const at = end + clause[1].length;
  if (people.some((p) => p.start >= end && p.start < at)) return null;
  return { gender, at: { block, start: at, end: at + pronoun.length } };
}
