import { OBJECT_SPEECH_VERBS } from '../../lexicon/objectSpeechVerbs';

/** Verbs of emphasis that take what was stressed as their object ("stressed the importance of …"), past and present. */
const EMPHASIS = /^(?:emphasi[sz]ed|stressed|highlighted|emphasi[sz]e|stress|highlight)$/;

/**
 * A noun phrase opening the words after the verb: a determiner or an owner's possessive, then a word (`the importance of
 * innovation`, `an end to solitary confinement`, `their concerns`); not a pronoun (`praised them`) nor a clause.
 */
const NOUN_PHRASE = /^\s+(?:the|this|these|those|its|their|his|her|an?|\p{Lu}[\p{L}.-]*['’]s?)\s+\p{Ll}/u;

/**
 * Whether a verb, lower case, is one whose object is what was said (`objectSpeechVerbs.ts`, and the verbs of emphasis)
 * with a noun phrase after it (`after`, the sentence's words after the verb): an unnamed group's words told by their
 * object, as a named speaker's are (docs/annotation-guide.md, "Directive and object-noun cues"): `The prisoners are
 * demanding an end to solitary confinement …` (gv-palestine-prisoners-mass-hunger-strike-2012-05-02), `Senior Army leaders
 * attending the event emphasized the importance of innovation …` (US Army). Thanking is left out: "thanked the
 * developers" says nothing of its own; expressing is `expressesStance`'s (objectFrame.ts): "Many people expressed their
 * political dissent through boycotting the elections" (gv-algeria-legislative-elections-low-turnout-2012-05-12) acted.
 */
export const speaksOfObject = (lower: string, after: string): boolean =>
  (OBJECT_SPEECH_VERBS.has(lower) || EMPHASIS.test(lower)) && !/^(?:thank|express)/.test(lower) && NOUN_PHRASE.test(after);

/**
 * Whether a verb after "has", "have" or "had" reports its noun-phrase object as the simple past does: a verb of emphasis
 * or a pledge with a noun phrase after it (`after`): "Navalny has emphasized the campaign's success in drawing a new level
 * of attention to primaries" (gv-russia-varlamov-omsk-campaign-failure-2012-05-04), "Francois Hollande, had promised a
 * new government with two specificities" (gv-french-caribbean-ministers-skills-or-tokens-2012-05-21). Not "claimed",
 * which a disease does to lives ("has claimed the lives of …").
 */
export const perfectObject = (lower: string, after: string): boolean =>
  (EMPHASIS.test(lower) || /^(?:promised|pledged|vowed)$/.test(lower)) && NOUN_PHRASE.test(after);
