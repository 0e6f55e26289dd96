import { CHARACTERISING_VERBS, NAMING_WITHOUT_AS, QUOTING_OBJECT } from '../../lexicon/characterisingVerbs';
import type { Subject } from '../types';
import { attributeCase, type DirectSieve } from './direct';

const VERB = new RegExp(`\\b(?:${[...CHARACTERISING_VERBS].map((v) => v.replace(/ /g, '\\s+')).join('|')})\\b`, 'giu');
/** The words between the verb and the opening mark: an object of at most eight words, no clause punctuation. */
const OBJECT = String.raw`(?:\s+[^\s"“”‘’.,;:!?()]+){0,8}?`;
const AS_OBJECT = new RegExp(String.raw`^${OBJECT}\s+as(?:\s+(?:a|an|the|acts?\s+of|an\s+act\s+of))?\s*$`, 'iu');
const BARE_OBJECT = new RegExp(String.raw`^(?:\s+[^\s"“”‘’.,;:!?()]+){1,6}?(?:\s+(?:a|an|the))?\s*$`, 'iu');
/** The quoted words as the verb's object, after at most a determiner or a possessive: "offered “condolences …”", "cited the government's “…”". */
const OWN_OBJECT = /^(?:\s+(?:a|an|the|its|his|her|their|our|[\p{L}.-]+['’]s?)){0,4}\s*$/iu;
/** A passive or a name given ("is referred to as", "was described as", "so-called"): nobody is said to say it. */
const PASSIVE = /\b(?:is|was|were|are|been|being|be|so)\s+(?:\p{L}+ly\s+)?$/iu;
/** "Ross has referred to as": the auxiliary opens the verb, and the speaker is before it. */
const AUXILIARY = /\b(?:has|have|had)\s+(?:\p{L}+ly\s+)?$/iu;

/**
 * `Biden referred to hecklers as “ugly folks.”`, `Christie denounced the claims as a “national embarrassment”`,
 * `Trump labeled the report “fake news”`: a speaker who puts a name to something in their own words, which the
 * writer quotes (AP Stylebook, "quotations": a partial quote is the speaker's exact words). The verb is a
 * characterising verb (`lexicon/characterisingVerbs.ts`) in the quote's sentence, active, with its speaker right
 * before it; between it and the opening mark only its object and "as". Abstains on a passive ("is referred to as
 * “Super Tuesday”"), where nobody is said to use the words.
 */
export const characterisingCue: DirectSieve = (c) => {
  const { block, text, range, direct, cues } = c;
  const left = text.slice(range.start, direct.open);
  const verb = [...left.matchAll(VERB)].at(-1);
  if (!verb) return null;
  if (!characterises(verb[0], left.slice(verb.index + verb[0].length))) return null;
  if (QUOTING_OBJECT.has(verb[0].toLowerCase()) && !/\s/.test(text.slice(direct.start, direct.end).trim())) return null;
  const before = left.slice(0, verb.index);
  if (PASSIVE.test(before)) return null;
  const auxiliary = AUXILIARY.exec(before);
  const verbStart = range.start + (auxiliary?.index ?? verb.index);
  const subject = cues.speakerBefore(block, verbStart, range.start);
  if (!subject) return null;
  const cue = { block, start: subject.ref.start, end: range.start + verb.index + verb[0].length };
  return attributeCase(c, sureSpeaker(subject), cue, 'leading-cue');
};

/** Whether the words between a characterising verb and the opening mark are its object and "as" (or, for "labeled", the object alone). */
export function characterises(verb: string, rest: string): boolean {
  const words = verb.toLowerCase().replace(/\s+/g, ' ');
  if (QUOTING_OBJECT.has(words)) return OWN_OBJECT.test(rest);
  return AS_OBJECT.test(rest) || (NAMING_WITHOUT_AS.has(words) && BARE_OBJECT.test(rest));
}

/**
 * The subject as speaker where the name is sure, else the same words with no speaker: the quote is found either way.
 * A role noun may stand for the wrong body ("the Australian government refers to … as"). A bare surname two people
 * share ("Biden") comes here as the registry settled it (`EntityRegistry.personBySurname`, the one rule every sieve
 * reads): its bearer where the text settles which one is meant, else no one's mention.
 */
export function sureSpeaker(subject: Subject): Subject {
  return subject.resolution === 'role' ? { ...subject, entity: null } : subject;
}
