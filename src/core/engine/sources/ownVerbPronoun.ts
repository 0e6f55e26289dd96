import { PRONOUN_GENDER, type Gender } from '../attribution/gender';
import type { Located } from '../attribution/types';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { isSpeechVerb } from '../lexicon/reportingVerbs';

/** A verb right after a name, then at once a he or she opening what it reports: " wrote he had", " has revealed that he". */
const VERB_THEN_PRONOUN = /^\s+(?:(?:has|had|have)\s+)?(?:also\s+)?(\p{Ll}+)\s+(?:that\s+)?(he|she)\b/u;
/**
 * " told Wikinews he", " told the Associated Press that his", " tells Wikinews about her": told a news outlet or the
 * press, then what the teller says of themself. The one told is a name (checked to be nobody's) or the press.
 */
const TOLD_THEN_PRONOUN =
  /^\s+(?:(?:has|had)\s+)?(?:also\s+)?(?:told|tells)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}|reporters|journalists|the\s+press|the\s+media)\s+(?:that\s+|about\s+)?(he|she|his|her)\b/u;
/**
 * " told reporter Jonga Kandemiiri of VOA's Studio 7 for Zimbabwe that he", " told reporter Sandra Nyaira that his": told a
 * reporter the role word names, perhaps of an outlet, then what the teller says of themself. The reporter hears the
 * answer and is not what it tells of, as an outlet told is not.
 */
const TOLD_REPORTER_THEN_PRONOUN =
  /^\s+(?:(?:has|had)\s+)?(?:also\s+)?(?:told|tells)\s+(?:reporter|correspondent|journalist)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s+of\s+[^,;:.!?"“”]{1,60}?)?\s+that\s+(he|she|his|her)\b/u;
/** A name that closes a phrase of another head ("a friend of Smith", "Warne and McGrath"), not the subject itself. */
const NOT_HEAD = /(?:\b(?:of|for|with|to|by|from|about|and|or|nor|than)|[’']s)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/**
 * "Conservative Party leader and Prime Minister Boris Johnson": an "and" after a role noun in lower case joins two titles
 * of the one person the name ends, not two people.
 */
const JOINED_TITLES = /\b(\p{Ll}+)\s+and\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/**
 * "One senator, Eduardo Bhatia, said he": a short description opening the sentence, in lower case after its first word,
 * then a comma; the name after it is set off as the description's own, and the comma after the name closes it.
 */
const DESCRIBED_BEFORE = /(?:^|[.!?]["”’]?\s+)\p{Lu}\p{Ll}*(?:\s+\p{Ll}[\p{Ll}'’-]*){1,3},\s+$/u;

/** Whether the words before a name make it part of a phrase of another head (`NOT_HEAD`), not titles of its own. */
export function closesOtherPhrase(before: string): boolean {
  if (!NOT_HEAD.test(before)) return false;
  const joined = JOINED_TITLES.exec(before)?.[1];
  return !(joined && PERSON_ROLE_NOUNS.includes(joined));
}

/**
 * "Interior Minister Joachim Brudziński wrote he had ordered fire safety checks", "Glenn McGrath has revealed that he
 * will be after Nathan Astle", "Gregory Kurtzer told Wikinews he started CAOS Linux" (Wikinews 2004–2020): the he or she
 * that opens what a person's own verb of saying reports, written at once after it or after the outlet or press told,
 * is the person's (`docs/annotation-guide.md`, "Gender": a pronoun that refers to them), whatever else the sentence
 * names before; so is the one after a reporter told ("told reporter Sandra Nyaira that his union", VOA, 2007). Not where the name closes a phrase of another head ("a friend of Smith said he"), nor where the one
 * told is a person (`people`: the block's person mentions), whom the pronoun may mean. A name set off after a short
 * description that opens the sentence reads past its closing comma ("One senator, Eduardo Bhatia, said he"). `text` is the block's text and
 * [start, end) the mention (UTF-16 offsets, half-open). The gender and where the pronoun is written, or null.
 */
export function ownVerbPronoun(
  text: string,
  start: number,
  end: number,
  block: number,
  people: ReadonlyArray<{ start: number; end: number }>,
): { gender: Gender; at: Located } | null {
  if (closesOtherPhrase(text.slice(Math.max(0, start - 60), start))) return null;
  const setOff = DESCRIBED_BEFORE.test(text.slice(Math.max(0, start - 60), start)) && text.startsWith(',', end);
  const from = setOff ? end + 1 : end;
  const following = text.slice(from, end + 100);
  const said = VERB_THEN_PRONOUN.exec(following);
  const told = said && isSpeechVerb(said[1] ?? '') ? null : TOLD_THEN_PRONOUN.exec(following);
  const found = said && isSpeechVerb(said[1] ?? '') ? said : told;
  const reporter = found ? null : TOLD_REPORTER_THEN_PRONOUN.exec(following);
  if (reporter?.[1]) {
    const at = from + reporter[0].length - reporter[1].length;
    const gender = PRONOUN_GENDER[reporter[1]];
    return gender ? { gender, at: { block, start: at, end: at + reporter[1].length } } : null;
  }
  const pronoun = found?.[2];
  if (!found || !pronoun) return null;
  if (told) {
    const toldAt = from + following.indexOf(told[1] ?? '', 1);
    if (people.some((p) => p.start < toldAt + (told[1]?.length ?? 0) && p.end > toldAt)) return null;
  }
  const at = from + found[0].length - pronoun.length;
  const gender = PRONOUN_GENDER[pronoun];
  return gender ? { gender, at: { block, start: at, end: at + pronoun.length } } : null;
}
