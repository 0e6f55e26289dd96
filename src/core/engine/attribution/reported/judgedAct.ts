import { JUDGED_ACT_NOUNS } from '../../lexicon/judgedActNouns';
import { JUDGING_VERBS } from '../../lexicon/judgingVerbs';

/**
 * A verdict passed in words on a decision or a public act, an object-noun frame whose verb is a deed as often as speech,
 * so that only the object's noun makes it speech (docs/annotation-guide.md, "Directive and object-noun cues": the object
 * is the content, `called for an inquiry` gives `an inquiry`): "Tsvangirai applauded calls by the Southern African
 * Development Community to delay runoff elections" (voa-tsvangirai-matonga-differ-runoff-interview-2008-06-25), "Erdogan
 * also attacked the proclamation of Golan Heights as official Israeli territory" (wikinews-erdogan-hagia-sophia-mosque-2019-03-31).
 */

/** Words that end the object before its noun: a preposition or a conjunction ("attacked troops on their plan …"). */
const BREAK = 'to|for|of|about|on|in|at|with|from|by|and|or|over|against|that|which|who|as';

/**
 * The judged object: perhaps a determiner or an owner's possessive ("Trump's"), up to two lower-case modifiers, then a
 * noun of `JUDGED_ACT_NOUNS` that is no possessive itself (`the ruling's author`). Not before a closing colon, which
 * opens a quotation the direct sieves read.
 */
const JUDGED_OBJECT = new RegExp(
  String.raw`^\s+(?:(?:the|a|an|his|her|their|its|our|this|these|those|any|all)\s+|\p{Lu}[\p{L}.-]*['’]s?\s+)?` +
    String.raw`(?:(?!(?:${BREAK})\b)\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:${[...JUDGED_ACT_NOUNS].join('|')})\b(?!['’-])(?![^.;]*:\s*$)`,
  'u',
);

/** Every verb this frame reads. Lower case. */
export const JUDGED_ACT_VERBS: ReadonlySet<string> = JUDGING_VERBS;

/**
 * Whether a verb, lower case, passes a verdict in words on the object the words `after` it open (the content is the
 * object, from the first word after the verb). The subject must still be a speaker; the cue reader (cueVerb.ts) reads it
 * as for any other object-noun cue.
 */
export const judgesAct = (lower: string, after: string): boolean => JUDGING_VERBS.has(lower) && JUDGED_OBJECT.test(after.slice(0, 160));
