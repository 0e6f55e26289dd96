import type { SentenceRange } from '../../sentences';
import type { Gender } from '../attribution/gender';
import type { Located } from '../attribution/types';
import type { FoundEntity } from '../entities/types';
import { PREPOSITION_BEFORE } from './genderCues';

/** Up to three title words between a preposition and the name ("of President Boris Johnson"). */
const TITLE_WORDS = /(?:\p{Lu}[\p{L}.]*\s+){1,3}$/u;

/** A sentence that opens on its source: "According to a witness, …". */
const OPENING_ACCORDING = /^\s*According\s+to\b/u;

/**
 * Whether a he or she given as a person's gender evidence opens its sentence right after a sentence of the same block
 * that names another person before the person ("Robert Mugabe, former president of Zimbabwe, has died, according to
 * current president Emmerson Mnangagwa on Friday. He was 95.", Wikinews 2019): the pronoun may as well mean the earlier
 * person, that sentence's subject, so it states neither one's gender (`docs/annotation-guide.md`: gender only where the
 * text states it).
 *
 * So too when the person is the source an opening `According to` names and another person follows as the clause's
 * possible subject ("According to a witness, Sergeant First Class Michael Marciello, when Artiga saw the psychiatrist's
 * report, Artiga was, "livid". He "stormed" back …", wikinews-veteran-sergeant-us-torture-coverup-2004-12-08): the
 * source is no subject of the clause the he goes on from.
 *
 * An earlier person counts only as a subject could be: not inside quote marks, not a possessive ("President Reagan's
 * direction"), not after a preposition ("at the behest of Boris Johnson"), and not of the other stated gender.
 *
 * @param text the block's text; `sentences` its sentence ranges (UTF-16 offsets, half-open); `people` its person
 *   mentions in order; `at` where the pronoun is written; `genderOf` the gender the text already states for a person.
 */
export function opensAfterEarlierPerson(
  text: string,
  sentences: ReadonlyArray<SentenceRange>,
  people: ReadonlyArray<{ entity: FoundEntity; start: number; end: number }>,
  entity: FoundEntity,
  at: Located,
  genderOf: (entity: FoundEntity) => Gender | null,
): boolean {
  if (!/^(?:he|she)$/i.test(text.slice(at.start, at.end))) return false;
  const index = sentences.findIndex((s) => s.start <= at.start && at.start < s.end);
  const sentence = sentences[index];
  const previous = sentences[index - 1];
  if (!sentence || !previous || text.slice(sentence.start, at.start).trim() !== '') return false;
  const named = people.filter((p) => p.start >= previous.start && p.end <= previous.end);
  const own = named.findIndex((p) => p.entity === entity);
  const gender: Gender = /^she$/i.test(text.slice(at.start, at.end)) ? 'female' : 'male';
  const rivals = OPENING_ACCORDING.test(text.slice(previous.start, previous.end)) ? named : named.slice(0, Math.max(own, 0));
  return (
    own >= 0 &&
    rivals.some((p) => {
      if (p.entity === entity || (genderOf(p.entity) ?? gender) !== gender) return false;
      const before = text.slice(previous.start, p.start);
      const marks = (before.match(/["“”]/g) ?? []).length;
      return marks % 2 === 0 && !/^['’]s?\b/.test(text.slice(p.end, p.end + 2)) && !PREPOSITION_BEFORE.test(before.replace(TITLE_WORDS, ''));
    })
  );
}
