import { APOLOGY_VERBS } from '../../lexicon/apologyVerbs';
import { LASHING_VERBS } from '../../lexicon/lashingVerbs';

/**
 * "Comic artist Jenn St-Onge … told of being forced to re-evaluate her life", "Emma Caufield talked of being cast in an
 * NBC television pilot", "Lead Paul Sun-Hyung Lee talked about how the series has been underestimated", "Usov talked
 * about the steps being taken by the authorities" (English Wikinews and Global Voices, development half): what someone
 * talked or told of is what they said, the topic as the content (docs/annotation-guide.md, "Directive and object-noun
 * cues": the object is the content, as `called for an inquiry` gives `an inquiry`). So is what someone spoke or argued
 * against: "Activist Medea Benjamin … spoke up against drone killings in Pakistan, Yemen and other countries", "Jeremy
 * Scahill … has argued against the use of drones in Yemen, Pakistan and Somalia" (Global Voices), "Adil Abdul-Mahdi …
 * spoke out against the attack" (English Wikinews). So is what someone warned of, about or against (the guide's `warned of …`):
 * "security officials warned of further trouble if civic activists continued their activities" (voa-zimbabwe-police-shut-
 * harare-residents-association-2007-03-23).
 */

/** Verbs, lower case, that tell a topic spoken of after "of" or "about". */
const TALK_VERBS: ReadonlySet<string> = new Set(['talked', 'talks', 'spoke', 'speaks', 'spoken', 'told', 'tells']);

/** Verbs, lower case, that tell only what was spoken against ("argued against", not "argued of"). */
const AGAINST_VERBS: ReadonlySet<string> = new Set(['argued', 'argues']);

/**
 * Verbs, lower case, that tell what was warned of, about or against ("warned of further trouble"); the participle too, going
 * on from its clause's speaker: "The advisory also noted dangerous surf conditions, …, warning of a possibility of coastal
 * flooding" (wikinews-hurricane-humberto-category-3-bermuda-2019-09-19).
 */
const WARN_VERBS: ReadonlySet<string> = new Set(['warned', 'warns', 'warning']);

/** "for", perhaps after "publicly" or "later", and the first word of what the apology is for (not a time: "for years"). */
const APOLOGISED_FOR = /^\s+(?:\p{Ll}+ly\s+)?for\s+(?!(?:years|months|weeks|days|hours|decades|a\s+(?:long|while|moment|second))\b)(?=\p{L})/u;

/** "out at" and the first word of the one attacked. */
const LASHED_AT = /^\s+out\s+at\s+(?=\p{L})/u;

/**
 * "of", "about" or "against", perhaps after an adverb or "up"/"out" ("spoke up against"), then the topic's first word.
 * Not a stranded "about" whose topic came before it (`everything that [Usov] has told about in his film`): the topic
 * opens with no preposition or conjunction. Group 1 is the preposition.
 */
const TOPIC =
  /^\s+(?:\p{Ll}+ly\s+)?(?:(?:up|out)\s+)?(of|about|against)\s+(?!(?:in|on|at|to|for|with|by|from|and|or|but|as|it|them|him|her|this|that|these|those)\b)(?=\p{L}|["“])/u;

/** Whether a word, lower case, is a verb that tells a topic spoken of or against ("talked of", "spoke about", "argued against"). */
export const isTalkVerb = (lower: string): boolean =>
  TALK_VERBS.has(lower) || AGAINST_VERBS.has(lower) || WARN_VERBS.has(lower) || LASHING_VERBS.has(lower) || APOLOGY_VERBS.has(lower);

/**
 * Where the topic after "talked of", "spoke about", "told of", "spoke up against" starts, the verb ending at `verbEnd` (a UTF-16 offset in
 * `text`); null when the word is no such verb or no topic follows it. The cue ends at the particle.
 */
export function topicStart(lower: string, text: string, verbEnd: number): number | null {
  if (!isTalkVerb(lower)) return null;
  if (LASHING_VERBS.has(lower) || APOLOGY_VERBS.has(lower)) {
    const at = (LASHING_VERBS.has(lower) ? LASHED_AT : APOLOGISED_FOR).exec(text.slice(verbEnd, verbEnd + 40));
    return at ? verbEnd + at[0].length : null;
  }
  const topic = TOPIC.exec(text.slice(verbEnd, verbEnd + 200));
  if (!topic || (AGAINST_VERBS.has(lower) && topic[1] !== 'against')) return null;
  return verbEnd + topic[0].length;
}
