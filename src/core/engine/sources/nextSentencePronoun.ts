import type { Gender } from '../attribution/gender';
import type { FoundEntity } from '../entities/types';
import { SOURCE_ROLES } from '../lexicon/sourceRoles';
import { PREPOSITION_BEFORE } from './genderCues';
import { PERSON_HEADS, type BlockView, type Found } from './subjectPronoun';

/** What may open a sentence before its subject's name: up to two phrases set off by commas, then up to four title words. */
const SUBJECT_OPENING = /^(?:[^,;:"“”]*,\s+){0,2}(?:[\p{L}\d.'’-]+\s+){0,4}$/u;
/** A personal pronoun in the opening: "When she walked …, Smith said" makes the name no sentence's first person. */
const PERSONAL = /\b(?:I|he|she|we|they|you|his|her)\b/i;
/** The pronoun that opens the next sentence: a he or she, or a his or her (which at a sentence's start is a possessive). */
const OPENING_PRONOUN = /^\s*(He|She|His|Her)\b/u;
/** Nouns that may name another person a pronoun could refer to ("the coach", "his wife"), one word each. */
const OTHER_PERSON: ReadonlySet<string> = new Set([...PERSON_HEADS, ...SOURCE_ROLES.map(([role]) => role).filter((role) => !role.includes(' '))]);

/**
 * "Scottish Labour leader Johann Lamont spoke of McLetchie's "passion, drive and determination", noting his ongoing
 * parliamentary work despite ill health. She called his death …" (wikinews-scottish-politician-david-mcletchie-dies-
 * 2013-08-12): a he, she, his or her opening the sentence right after one whose subject the person is, in the same
 * block, refers to that subject (centering theory, Grosz, Joshi & Weinstein 1995: the preferred centre of an utterance
 * is its subject, and a pronoun opening the next one continues it), so it states the person's gender
 * (`docs/annotation-guide.md`: "a pronoun resolved to them").
 *
 * Only where no one else in the subject's sentence could be the pronoun's: every other person named there is of the
 * other stated gender (`genderOf`), no person noun follows the subject ("told the ambassador"), and neither sentence
 * stands inside quote marks; nor where the block used that gender's pronoun before the subject's sentence. `index` is the subject's sentence in `view`, `person` its mention there (UTF-16 offsets of
 * the block, half-open); the found pronoun's place is in the same units. Null otherwise.
 */
export function nextSentencePronoun(
  view: BlockView,
  index: number,
  person: { entity: FoundEntity; start: number; end: number },
  genderOf: (entity: FoundEntity) => Gender | null,
): Found | null {
  const sentence = view.sentences[index];
  const next = view.sentences[index + 1];
  if (!sentence || !next) return null;
  const before = view.text.slice(sentence.start, person.start);
  if (!SUBJECT_OPENING.test(before) || PREPOSITION_BEFORE.test(before) || PERSONAL.test(before)) return null;
  // "McLetchie's "passion"": a possessive name is no subject.
  if (/^['’]s?\b/.test(view.text.slice(person.end, person.end + 2))) return null;
  const opening = OPENING_PRONOUN.exec(view.text.slice(next.start, next.end));
  if (!opening?.[1]) return null;
  if ((view.text.slice(0, next.start).match(/["“”]/g)?.length ?? 0) % 2 === 1) return null;
  const gender: Gender = /^(?:He|His)$/.test(opening[1]) ? 'male' : 'female';
  // "Jan Egeland has said that he is … The BBC's Rachel Harvey … reports that … He also said": where the block already
  // used the pronoun's gender of someone before the subject's sentence, the paragraph's topic may be the one it resumes.
  if ((gender === 'male' ? /\b(?:he|his|him|himself)\b/i : /\b(?:she|her|hers|herself)\b/i).test(view.text.slice(0, sentence.start))) return null;
  const others = view.people.filter((p) => p.entity !== person.entity && p.start < sentence.end && p.end > sentence.start);
  if (others.some((p) => (genderOf(p.entity) ?? gender) === gender)) return null;
  // Person nouns after the subject, outside quote marks: a quoted word ("my love for Halloween") names no one here.
  const after = view.text.slice(person.end, sentence.end).replace(/["“][^"“”]*["”]/gu, ' ');
  if (after.split(/[^\p{L}-]+/u).some((w) => OTHER_PERSON.has(w.toLowerCase()))) return null;
  const start = next.start + opening[0].length - opening[1].length;
  return { gender, at: { block: view.block, start, end: start + opening[1].length } };
}
