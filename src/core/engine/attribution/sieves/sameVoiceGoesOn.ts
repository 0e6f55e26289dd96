import { LANGUAGE_TAG } from '../../languageTag';
import type { FoundEntity } from '../../entities/types';
import { PRONOUN_GENDER, type Gender } from '../gender';
import type { ColonCue } from './colonBlock';

/** What the text tells of the people around a colon cue, for reading a pronoun after it (`agreesWith`). */
export interface PronounContext {
  /** The gender the text states for a person, or null. */
  genderOf: (entity: FoundEntity) => Gender | null;
  /** The people the cue's paragraph names, once per mention. */
  peopleAround: (cue: ColonCue) => ReadonlyArray<FoundEntity>;
}

/** `and added [ko]:`, `then continued:`, `adding:`: a lower-case speech verb opening the paragraph, with no subject. */
const SUBJECTLESS_CUE = new RegExp(
  String.raw`^\s*(?:(?:and|then|and then|and later|later|also|and also)\s+)?(?:added|adds|adding|continued|continues|went on|goes on|concluded|concludes|wrote|writes|tweeted|tweets)(?:\s+${LANGUAGE_TAG})?\s*:\s*$`,
);

/** `and:` alone, `also:`: the same source's next words follow. */
const BARE_AND = /^\s*(?:and|also|and also|and then|and later|plus)\s*:\s*$/i;

/**
 * `He continues:`, `She went on:`, `He added:` (gv-switzerland-unconditional-basic-income-initiative-2012-05-07, after
 * the quoted post of the man the paragraph before the post named), `He then proceeds to speculate about Al Gore's
 * involvement in negotiations:`, `They went on to add:`: a pronoun and a verb that says the same voice goes on, perhaps
 * with what it goes on to do, and nothing else.
 */
const PRONOUN_GOES_ON = new RegExp(
  String.raw`^\s*(He|She|They)\s+(?:then\s+|also\s+|later\s+)?(?:continues|continued|goes on|went on|proceeds|proceeded|adds|added)(?:\s+to\s+\p{Ll}+(?:\s+[^.:;!?"“”]{1,80}?)?)?(?:\s+${LANGUAGE_TAG})?\s*:\s*$`,
  'u',
);

/** Whether a paragraph is a speech verb, or "and:", with no subject of its own: it can only go on from the voice before. */
export const subjectlessGoesOn = (text: string): boolean => BARE_AND.test(text) || SUBJECTLESS_CUE.test(text);

/** The pronoun of a `PRONOUN_GOES_ON` paragraph, lower case ("he", "she", "they"), or null. */
export const goesOnPronoun = (text: string): string | null => PRONOUN_GOES_ON.exec(text)?.[1]?.toLowerCase() ?? null;

/**
 * Whether the pronoun `pronoun` ("he", "she", "they") can be the source of the colon cue `previous`, the one check of
 * gender and number for every reading of `He continues:` after a block quotation. "They" is a blog, site or body, never
 * a person or a place (Global Voices calls a site "they": `Optimum Sports, in a very detailed post … said:`, its post,
 * a caption, `They went on to add:`, gv-nigeria-rashidi-yekini-obituary-2012-05-08). "He" or "she" is a person whose
 * gender the text states as the pronoun's (`context.genderOf`; a woman's block never goes on after `He continues:`),
 * or states not at all while the cue's paragraph names no other person who may be of that gender
 * (`context.peopleAround`: "Blogger Nadia Aziz met Prime Minister Mosisili at the rally. Aziz wrote:", the block,
 * "He added:" may be Mosisili's). Agreement in gender and number is the constraint a pronoun sieve puts on its
 * antecedent (Lee et al. 2013, Stanford's deterministic coreference); abstaining when a second candidate may agree is
 * this engine's rule that a sieve which would guess abstains.
 */
function agreesWith(pronoun: string, previous: ColonCue, context: PronounContext): boolean {
  const source = previous.subject.entity;
  if (pronoun === 'they') return !!source && source.type !== 'person' && source.type !== 'place';
  const gender = PRONOUN_GENDER[pronoun];
  if (!gender || source?.type !== 'person') return false;
  const stated = context.genderOf(source);
  if (stated !== null) return stated === gender;
  return !context.peopleAround(previous).some((other) => other !== source && (context.genderOf(other) ?? gender) === gender);
}

/**
 * Whether the paragraph `text` hands the floor back to the source of the block quotation `previous` set off: a speech
 * verb with no subject (`subjectlessGoesOn`), or a pronoun and a verb of going on (`PRONOUN_GOES_ON`) that agrees with
 * that source (`agreesWith`). Read by the walk for the block after such a line (`betweenBlocks.goesOnAfter`) and by the
 * run of paragraphs before it (`blockContinuation.runsToNextCue`), so the two cannot disagree about whose voice it is.
 */
export function sameVoiceGoesOn(text: string, previous: ColonCue, context: PronounContext): boolean {
  if (subjectlessGoesOn(text)) return true;
  const pronoun = goesOnPronoun(text);
  return pronoun !== null && agreesWith(pronoun, previous, context);
}

/**
 * The cue `found` that coreference read in a goes-on line (`He continues:`) after the block quotation `previous` set off,
 * when the line does not agree with that quotation's source (`agreesWith`): kept, unless its pronoun was resolved to
 * someone the text names only inside the quotation's paragraphs, whom the writer never presented (a man a blogger's
 * post quotes: `Citing the past political violence of South Africa, Tutu urged …` inside Michael Jordan's post,
 * gv-lesotho-general-election-date-set-2012-05-17, is not who "He continues:" hands to); then the block after the line is
 * a quotation of no one. The writer's "he" there would be a guess among the post's people, and a sieve that would guess
 * abstains.
 */
export function presentedOnly(text: string, previous: ColonCue | null, found: ColonCue | null): ColonCue | null {
  const entity = found?.subject.entity;
  if (!previous || !found || !entity || found.subject.resolution !== 'pronoun' || goesOnPronoun(text) === null) return found;
  if (entity.mentions.some((m) => m.block <= previous.cue.block)) return found;
  return { ...found, subject: { ...found.subject, entity: null, resolution: 'unattributed', antecedent: null } };
}
