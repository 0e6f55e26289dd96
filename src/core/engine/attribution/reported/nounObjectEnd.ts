import { OBJECT_SPEECH_VERBS } from '../../lexicon/objectSpeechVerbs';
import { SPEECH_ACT_NOUNS } from '../../lexicon/speechActNouns';
import { ACT_VERBS } from './actObject';
import { hasPastForm } from './pastForm';
import { insideMarks } from '../insideMarks';

/**
 * Where reported content that is only a noun phrase ends: the object of a judging, denying or announcing cue (`criticized
 * the House's decision`, `denied any sexual activity`, `called for Rosselló's resignation`, `announced investigating
 * itself`) is what was said, and a relative set off by a comma, a ", but" or a time or cause adjunct after it hangs on
 * the verb or on the writer's account, not on the speaker's words (docs/annotation-guide.md, "Directive and object-noun
 * cues": `called for an inquiry` → `an inquiry`). Offsets are UTF-16, half-open.
 */

/**
 * What ends a noun phrase object: a relative with a subject of its own (`, which Ross has referred to as …`: someone
 * else's act on the thing judged; a relative whose subject is "which", `the EastMed project, which is aimed at …`, may
 * be the speaker's description and stays), `, but …` (the writer's next turn), `after`, `following`, `amid`,
 * `despite` (when or why the speaker spoke); not "following" right after a preposition, a gerund there (`praised Maersk
 * Alabama's owner and crew for following maritime industry's best practices`, wikinews-somali-pirates-attack-us-flagged-
 * ship-evades-capture-2009-11-18). After a determined noun phrase, a participle set off by a comma is the
 * speaker's next act too ("affirmed her commitment to peaceful resistance and gradual "perestroika," rejecting the
 * radicalization of protest tactics", gv-russia-violence-opposition-debate-tactics-2012-05-07); the phrase ends after the
 * closing mark when the comma is inside it.
 */
const NOUN_END =
  /,\s+which\s+(?=(?:the|a|an|his|her|their|its|he|she|they|we|I)\s|\p{Lu})|,\s+but\s|,?\s+(?:after|amid|despite)\s|,?(?<!\b(?:for|by|of|about|from|without|in))\s+following\s/u;
/**
 * `NOUN_END`, or a participle set off by a comma (inside a closing mark or not), for a determined noun phrase: "affirmed
 * her willingness to accept the role, writing, "…"" (fresh Wikinews, Puerto Rico, August 2019). Not a preposition in
 * -ing ("her commitment to reform, including …"), which goes on with the phrase.
 */
const PARTICIPLE = '(?!including|according|regarding|concerning|during)\\p{Ll}{2,}ing\\b';
const DETERMINED_NOUN_END = new RegExp(`${NOUN_END.source}|,\\s+(?=${PARTICIPLE})|(?<=,["”])\\s+(?=${PARTICIPLE})`, 'u');
/**
 * A noun phrase's opening: a determiner or an owner. "announced that from June 15, wearing a face covering would become
 * compulsory" (wikinews-face-coverings-mandatory-england-transport-2020-06-05) opens a clause whose subject is a gerund.
 */
const DETERMINED_START = /^\s*(?:the|a|an|his|her|its|their|our|\p{Lu}[\p{L}.-]*['’]s)\s/u;

/**
 * A word that may be a verb: an auxiliary, a form in -ed or -s, or an irregular past. Any of them before the end
 * makes the content a clause, whose own relatives and adjuncts may be the speaker's (`said prices rise after …`).
 */
const MAYBE_VERB = /\b(?:is|are|was|were|be|been|will|would|can|could|should|must|may|might|has|have|had|do|does|did|\p{Ll}{2,}ed|\p{Ll}{2,}[^s'’\W]s)\b/u;

/**
 * Verbs, lower case, besides the object-noun cues (`objectSpeechVerbs.ts`) and calls, whose content may be a noun phrase
 * object: `denied any sexual activity`, `announced investigating itself`. A verb that reports a clause ("said", "told")
 * never has one, and a clause goes on past a ", but" or an "after" as the speaker's (`said we need help, but …`).
 */
const NOUN_TAKING: ReadonlySet<string> = new Set(['denied', 'denies', 'announced', 'announces', 'acknowledged', 'acknowledges', 'alleged', 'alleges']);

/** Whether a cue verb, lower case, may take a noun phrase as what was said (`calls`: the verb is a call, "called for"). */
export const takesNounObject = (lower: string, calls: boolean): boolean =>
  calls || OBJECT_SPEECH_VERBS.has(lower) || NOUN_TAKING.has(lower) || ACT_VERBS.has(lower);

/**
 * Where the content [start, stop) of `text` ends when its words up to a relative, a ", but" or an adjunct
 * (`NOUN_END`) are a noun phrase with no verb: `criticized the House's decision, which Ross has referred to as
 * "gamesmanship"` (wikinews-us-house-holds-cabinet-officers-in-contempt-2019-07-20) is `the House's decision`; `stop`
 * when they are one word, hold a possible verb (`MAYBE_VERB`), leave a quote mark open, or nothing ends them.
 */
export function nounObjectEnd(text: string, start: number, stop: number): number {
  const content = text.slice(start, stop);
  const end = (DETERMINED_START.test(content) ? DETERMINED_NOUN_END : NOUN_END).exec(content);
  if (!end || end.index === 0) return stop;
  const noun = content.slice(0, end.index);
  // One word ("condemned anti-semitism after vandalism against a synagogue") is too little to stand as what was said
  // alone; the adjunct then stays with it.
  // "questions about Harris' eligibility": a speech act's noun in -s is no verb.
  const words = noun
    .trim()
    .split(/\s+/)
    .filter((w) => !SPEECH_ACT_NOUNS.has(w.toLowerCase()))
    .join(' ');
  if (noun.trim().split(/\s+/).length < 2 || MAYBE_VERB.test(words) || hasPastForm(noun) || insideMarks(noun)) return stop;
  return start + end.index;
}
