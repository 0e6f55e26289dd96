import type { SentenceRange } from '../../sentences';
import type { FoundEntity } from '../entities/types';
import { firstNameGender } from '../lexicon/firstNames';
import { FEMALE_WORDS, MALE_WORDS } from '../lexicon/genderedNouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import type { Gender } from './gender';
import type { BlockMention, MentionIndex } from './mentions';
import { pronounReferent, type Located, type Referent, type Subject } from './types';
import { OBJECT_PRONOUN_AFTER } from './objectPronoun';
import { escapeRegExp } from '../escapeRegExp';
import { frontedComparisonBefore } from './frontedComparison';
import { insideMarks } from './insideMarks';
import { subordinateSubject } from './subordinateSubject';
import { possessorAntecedent } from './possessorAntecedent';

/** The prepositions whose object a name after them is, never a clause's subject. */
const PREPOSITIONS = 'with|to|for|by|from|of|than|between|against|about|on|at|toward|towards|like|unlike|via|including';

/**
 * A preposition before a name, perhaps with up to five words of its title between ("with Georgia's visiting Prime
 * Minister"): the name is its object.
 */
const PREPOSITION_WITH_TITLE_BEFORE = new RegExp(`\\b(?:${PREPOSITIONS})\\s+(?:[^\\s,;:]+\\s+){0,5}$`, 'i');

/**
 * A preposition the name pass took into the mention, capitalised as it opens the sentence: "Like oppositionist blogger
 * Oleg Kozyrev [ru], he rejects …" (Global Voices, Russia, May 2012, fresh text) names someone the he is likened to.
 */
const PREPOSITION_LED = new RegExp(`^(?:${PREPOSITIONS})\\s`, 'i');

/** A possessive after a name, its own or shared: "Smith's", "Baloch and Waseem's mother". */
const POSSESSIVE_AFTER = /^(?:['’]s?(?![\p{L}])|\s+and\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s?\s)/u;

/**
 * A mention written as a name, perhaps after the lower-case title the name pass took into it ("writer Marga Britto"),
 * or an Arabic surname after its article ("When al-Islam first made his claims, he said …",
 * wikinews-french-journalists-claim-gaddafi-promised-sarkozy-campaign-2012-04-29); not a role noun alone.
 */
const NAME_WRITTEN = /^(?:(?:\p{Ll}[\p{L}-]*\s+){0,3}|\p{Ll}{1,3}-)\p{Lu}/u;

/** How far (UTF-16 code units) before a he/she a surname left to no one is looked for. */
const SURNAME_REACH = 400;

/** What a he/she in a sentence that already names people before it stands for. */
type SameSentence = Referent | 'ambiguous' | null;

/**
 * `"…," said Delfin Lorenzana, the Defence Secretary; he described the attacks as a "dastardly act"`, `Biden delivered a
 * speech in Delaware in which he called Trump a "climate arsonist"`: a he/she stands for a person its own sentence names
 * before it (a clause's subject, not the object of a preposition, a possessive's owner or a name inside quote marks)
 * before any earlier sentence is looked at (Lee et al. 2013 resolve within the sentence first; never past an
 * intervening person of the same gender). The one such person who agrees in gender (stated by `genderOf`, else not
 * contradicted by a first name); 'ambiguous' when two or more do, so the pronoun is left unresolved rather than guessed;
 * null when none does, or the pronoun is no he/she. `at` is the pronoun's UTF-16 offset in `text`, `sentences` the text's.
 */
function sameSentencePronoun(
  text: string,
  sentences: ReadonlyArray<SentenceRange>,
  block: number,
  at: number,
  pronoun: string,
  mentions: MentionIndex,
  genderOf: (entity: FoundEntity) => Gender | null,
): SameSentence {
  const gender = ({ he: 'male', she: 'female' } as const)[pronoun.toLowerCase() as 'he' | 'she'];
  const sentence = gender ? sentences.find((r) => r.start <= at && at < r.end) : undefined;
  if (!gender || !sentence || frontedComparisonBefore(text, sentence.start, at)) return null;
  const agrees = (entity: FoundEntity) => {
    const stated = genderOf(entity);
    if (stated) return stated === gender;
    const first = firstNameGender(entity.name.split(/\s+/)[0] ?? '');
    return first === null || first === gender;
  };
  // "He supported Juan Manuel Santos …, but …, he felt betrayed": an earlier he/she of the sentence carries its subject on,
  // so the pronoun means what the first one does ("Chan said of the animals he worked with, whom he described as …",
  // wikinews-stingray-kills-head-diver-underwater-world-singapore-2016-10-06), and nothing when that one opens it.
  const earlier = new RegExp(`\\b${gender === 'male' ? 'he' : 'she'}\\b`, 'i').exec(
    text.slice(sentence.start, at).replace(/“[^”]*”|"[^"]*"/g, (quoted) => ' '.repeat(quoted.length)),
  );
  if (earlier) {
    const first = sentence.start + earlier.index;
    if (secondOfTwo(text, at, pronoun.length, mentions.between(block, first, at), agrees) || titledBetween(text, first, at, gender)) return 'ambiguous';
    return sameSentencePronoun(text, sentences, block, first, pronoun, mentions, genderOf);
  }
  const found = mentions
    .between(block, sentence.start, at)
    .filter((m) => m.start >= sentence.start && m.end <= at && m.entity.type === 'person' && NAME_WRITTEN.test(text.slice(m.start, m.end)));
  const unsettled = unsettledSurnames(text, block, sentence.start, at, mentions, agrees);
  const named = [...found, ...unsettled].sort((a, b) => a.start - b.start).filter((m) => !insideMarks(text.slice(sentence.start, m.start)) && agrees(m.entity));
  const candidates = named.filter(
    (m) =>
      !PREPOSITION_WITH_TITLE_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 80), m.start)) &&
      !PREPOSITION_LED.test(text.slice(m.start, m.end)) &&
      !POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 40)),
  );
  if (candidates.length === 0 && possessiveBetween(text, named, gender, sentence.start)) return 'ambiguous';
  // "Ingraham's retirement … came only one day after he asked": the owner of the sentence's one possessive.
  if (candidates.length === 0 && unsettled.length === 0) {
    const everyone = mentions.between(block, sentence.start, at).filter((m) => m.start >= sentence.start && m.end <= at && m.entity.type === 'person');
    const possessive = named.filter((m) => POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 40)));
    const owner = possessorAntecedent(text, at, pronoun.length, everyone, possessive);
    if (owner) return { entity: owner.entity, at: { block, start: owner.start, end: owner.end } };
  }
  const people = [...new Set(candidates.map((m) => m.entity))];
  if (candidates.some((m) => unsettled.includes(m))) return 'ambiguous';
  const subject = people.length > 1 ? subordinateSubject(text, sentence.start, at, candidates) : null;
  if (subject) return { entity: subject.entity, at: { block, start: subject.start, end: subject.end }, by: 'subordinate-subject' };
  if (people.length > 1) return 'ambiguous';
  const last = candidates.at(-1);
  return last ? { entity: last.entity, at: { block, start: last.start, end: last.end } } : null;
}

/** A person's title after "the", then a lower-case word (a verb, not "the President's"): "the President knew". */
const TITLED_SUBJECT = new RegExp(`\\bthe\\s+(${PERSON_ROLE_NOUNS.map(escapeRegExp).join('|')})\\s+\\p{Ll}`, 'iu');

/**
 * Whether a person named by a title stands as a subject between an earlier he/she (at `from`) and the one at `to`: "He
 * did not answer repeated questions whether the President knew of the secret report at the time he was asserting that
 * "we found biological laboratories"" (wikinews-us-claims-iraqi-bioweapons-labs-contradicted-pentagon-report-2006-04-12):
 * the second he is the President's, as likely as the first's (Lee et al. 2013: no intervening candidate), so it is left
 * to no one. A title of the other gender ("the spokeswoman" for a he) or a preposition's object is no such person.
 */
function titledBetween(text: string, from: number, to: number, gender: Gender): boolean {
  const title = TITLED_SUBJECT.exec(text.slice(from, to));
  const noun = title?.[1]?.toLowerCase() ?? '';
  if (!title || (gender === 'male' ? FEMALE_WORDS : MALE_WORDS).has(noun)) return false;
  return !PREPOSITION_WITH_TITLE_BEFORE.test(text.slice(Math.max(0, from + title.index - 80), from + title.index));
}

/** A coordinator opening the pronoun's clause anew, perhaps after a comma: "…, but he told him". */
const COORDINATOR_BEFORE = /\b(?:but|and|yet|so|then)\s*$/i;

/**
 * Whether a he/she at `at` (`length` code units long) may be a second person of its gender rather than the one an
 * earlier he/she means: a person of that gender (`agrees`) is named between the two (`between`, in `text`), a
 * coordinator opens the pronoun's clause, and the pronoun takes an object pronoun, so two such people are in play.
 * `Jones said he had asked Smith to stay, but he told him "my mind is made up"` (made up, in the shape of a wire report
 * on a resignation) is Smith refusing Jones, not Jones: the pronoun is then left to no one rather than carried on
 * (annotation guide: an unsure speaker stays unattributed). `when he met Jones, he told him` carries the first he on.
 */
function secondOfTwo(text: string, at: number, length: number, between: ReadonlyArray<BlockMention>, agrees: (entity: FoundEntity) => boolean): boolean {
  if (!COORDINATOR_BEFORE.test(text.slice(Math.max(0, at - 12), at)) || !OBJECT_PRONOUN_AFTER.test(text.slice(at + length, at + length + 60))) return false;
  return between.some((m) => m.end <= at && m.entity.type === 'person' && agrees(m.entity));
}

/**
 * The lone surnames left to no one in [from, to) of `text` (`MentionIndex.unsettledSurnames`) that one of the pronoun's
 * gender may bear (`agrees`): each is still a person the pronoun may mean, so a he/she is never carried past it to
 * someone named earlier (Lee et al. 2013: no intervening candidate). Each comes with a person of its own standing for
 * the unknown namesake, which no answer may name.
 */
function unsettledSurnames(
  text: string,
  block: number,
  from: number,
  to: number,
  mentions: MentionIndex,
  agrees: (entity: FoundEntity) => boolean,
): Array<BlockMention> {
  // Read only the stretch a sentence of news prose spans, so that text with no full stop costs no more than news.
  return mentions.unsettledSurnames(block, Math.max(from, to - SURNAME_REACH), to).flatMap(({ start, end, bearers }) => {
    const first = bearers[0];
    return first && bearers.some(agrees) ? [{ entity: { ...first, key: `unsettled:${start}`, name: text.slice(start, end), mentions: [] }, start, end }] : [];
  });
}

/**
 * "The accusation against Biden is that, during his time as President Barack Obama's vice president, he called for …":
 * a his/her between a person named before it and another named after it (not a preposition's object: "her role at
 * Ames") refers to either, and so may the he/she that carries it on.
 */
function possessiveBetween(text: string, named: ReadonlyArray<BlockMention>, gender: Gender, sentenceStart: number): boolean {
  const pronoun = new RegExp(`\\b${gender === 'male' ? 'his' : 'her'}\\b`, 'i');
  const first = named[0];
  if (!first) return false;
  const at = pronoun.exec(text.slice(first.end));
  const from = first.end + (at?.index ?? 0);
  return (
    at !== null &&
    named.some(
      (m) => m.start > from && m.entity !== first.entity && !PREPOSITION_WITH_TITLE_BEFORE.test(text.slice(Math.max(sentenceStart, m.start - 80), m.start)),
    )
  );
}

/**
 * The subject a he/she at `ref` of `text` names by `sameSentencePronoun`: the person its sentence names before it, or no
 * one (unattributed) when two people could be meant; null when its sentence names no such person. `sentences` are the
 * block's (`blockSentences`: UTF-16 half-open ranges in `text`), split once an article rather than at each pronoun.
 */
export function sameSentenceSubject(
  text: string,
  sentences: ReadonlyArray<SentenceRange>,
  ref: Located,
  mentions: MentionIndex,
  genderOf: (entity: FoundEntity) => Gender | null,
): Subject | null {
  const own = sameSentencePronoun(text, sentences, ref.block, ref.start, text.slice(ref.start, ref.end), mentions, genderOf);
  if (own === 'ambiguous') return { ref, entity: null, resolution: 'unattributed', antecedent: null };
  return own && pronounReferent(ref, own);
}
