import { CHARACTERISING_VERBS } from '../../lexicon/characterisingVerbs';
import { isSpeechVerb } from '../../lexicon/reportingVerbs';
import { attributeCase, type DirectSieve } from './direct';

/**
 * A past participle, "by", then the agent's words up to "as", perhaps an adverb ("as partly", wikinews-yelena-bonner-dies-
 * aged-88-2011-06-19) and at most an article right before the mark; or "told",
 * "warned" or "informed by" the agent "of" or "that" what was said (`he was told by Emergencies Minister Yevgeny
 * Zinichev of "presumably between 36 and 40 people under the rubble"`, fresh Wikinews page).
 */
const PASSIVE_BY_AS =
  /\b(?:(\p{Ll}+ed)\s+by\s+((?:the\s+)?\p{Lu}[^"“”,;:()]{0,60}?)\s+as(?:\s+\p{Ll}+ly)?(?:\s+(?:a|an|the))?|(told|warned|informed)\s+by\s+((?:the\s+)?\p{Lu}[^"“”,;:()]{0,60}?)\s+(?:of|that))\s*$/u;

/**
 * `Mancini has been described by the Daily Hive as a "squirrel whisperer"`, `a pattern described by Marine Bulletin as
 * "rather hectic and kind of confused"` (Wikinews): a passive speech or characterising verb gives the quoted words to its
 * agent after "by", who put that name to the thing (AP Stylebook, "quotations": a partial quote is the speaker's exact
 * words). The agent must be a capitalised name the text ties to a person or a body; the subject of the passive is what
 * is described, never the speaker. Null otherwise.
 */
export const passiveAgent: DirectSieve = (c) => {
  const { block, text, range, direct, cues } = c;
  const left = text.slice(range.start, direct.open);
  const found = PASSIVE_BY_AS.exec(left);
  const verb = (found?.[1] ?? found?.[3])?.toLowerCase();
  const agentWords = found?.[2] ?? found?.[4];
  if (!found || !agentWords || !verb || !(isSpeechVerb(verb) || CHARACTERISING_VERBS.has(verb))) return null;
  const agentAt = range.start + found.index + found[0].indexOf(agentWords, verb.length);
  const agentEnd = agentAt + agentWords.length;
  const agent = cues.subjectAt(block, agentAt) ?? cues.titledSource(block, agentAt, agentEnd);
  if (!agent?.entity || agent.entity.type === 'place' || agent.ref.end !== agentEnd) return null;
  return attributeCase(c, agent, { block, start: range.start + found.index, end: agentEnd }, 'leading-cue');
};
