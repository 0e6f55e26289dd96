import { APPEAL_NOUNS } from '../../lexicon/appealNouns';
import { CLAIM_NOUNS } from '../../lexicon/claimNouns';
import { SPEECH_ACT_NOUNS } from '../../lexicon/speechActNouns';

/**
 * Verbs, lower case, that are speech verbs with a clause ("Gomez added that the plan was dead", "The study concluded
 * Harris meets the requirement") but mean putting in or ending with a plain noun phrase: "the company added meditation
 * apps and Window Swap, which stream the views …" (NASA_RAG article 740), "NASA recently concluded the final mission of
 * its Spacecraft Fire Safety Experiment, or Saffire, putting a blazing end to …" (NASA_RAG article 775).
 */
const ADDING_OR_ENDING: ReadonlySet<string> = new Set(['added', 'adds', 'concluded', 'concludes']);

/** Where a clause's subject phrase stops at the latest: a comma, a semicolon, a dash, a colon, or a relative word. */
const SEGMENT_END = /[,;:–—(]|\s(?:which|who|whom|whose|that)\b/u;

/** A verb no noun is spelled as: an auxiliary or a modal, a negation, a past in -ed, or a common irregular past. */
const CLEAR_VERB =
  /\b(?:is|are|was|were|will|would|can|could|should|shall|must|may|might|has|have|had|do|does|did|\p{Ll}+n['’]t|\p{Ll}{2,}ed|made|took|gave|came|went|got|kept|left|led|found|saw|told|thought|became|began|brought|built|grew|held|knew|lost|meant|met|paid|put|ran|rose|sent|stood|won|wrote|fell|felt)\b/u;

/**
 * A present verb in -s after its subject: a name ("North Korea lacks credibility"), a pronoun ("it helps"), or a
 * determiner and a noun ("the company plans to …"). A plural noun after another noun ("meditation apps") is no verb.
 */
const PRESENT_AFTER_SUBJECT =
  /(?:\p{Lu}[\p{L}.'’-]*|\b(?:he|she|it|this|that)|\b(?:the|a|an|this|that|its|his|her|their|our)\s+\p{Ll}[\p{Ll}-]*)\s+\p{Ll}{2,}s\b/u;

/**
 * A phrase that sets the scene before the clause, not an object: a preposition or a participle ("An Interpol
 * spokesperson added regarding Iran's request, they "would not consider requests of this nature"", development half).
 */
const LEADING_PHRASE =
  /^\s*(?:\p{Ll}+ing|about|after|as|at|before|despite|during|for|from|given|in|on|since|though|although|under|until|when|while|with|without)\b/u;

/** The first noun after a determiner and up to two adjectives: "a call for …", "a further warning", "his claim". */
const HEAD_NOUN = /^\s*(?:(?:a|an|the|his|her|their|its|our|one|another)\s+)?(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)\b/u;

/** Whether the noun phrase names something said: "added a call for …", "added a warning that …", "added the claim …". */
const namesSpeech = (segment: string): boolean => {
  const words = HEAD_NOUN.exec(segment)?.[0].trim().split(/\s+/u) ?? [];
  return words.some((w) => APPEAL_NOUNS.has(w) || SPEECH_ACT_NOUNS.has(w) || CLAIM_NOUNS.has(w));
};

/**
 * Whether the words after an adding or ending verb (`lower`; `content` the words up to the sentence's end, with no
 * "that" before them) are a plain noun phrase, not a clause: no verb before the first comma, dash or relative word, and
 * no scene-setting phrase (`LEADING_PHRASE`) before it, and no word for something said (`namesSpeech`) at its head. A
 * clause with no "that" keeps its subject and verb together ("added rescuers ended their work yesterday", "concluded
 * Harris meets the natural born citizen requirement", both in the development half) and stays reported speech.
 */
export function plainObject(lower: string, content: string): boolean {
  if (!ADDING_OR_ENDING.has(lower) || LEADING_PHRASE.test(content)) return false;
  const segment = content.split(SEGMENT_END)[0] ?? '';
  return !CLEAR_VERB.test(segment) && !PRESENT_AFTER_SUBJECT.test(segment) && !namesSpeech(segment);
}
