import { statedGender, type Gender } from '../attribution/gender';
import { firstNameGender } from '../lexicon/firstNames';
import { genderOfNoun } from '../lexicon/genderedNouns';
import { HONORIFICS } from '../lexicon/honorifics';
import type { FoundEntity } from './types';

/** A capitalised honorific and the spaces after it, perhaps with its full stop: "Mrs. ", "Mr ", "Madame ". */
const HONORIFIC = /^(\p{Lu}\p{Ll}{1,6})\.?\s+/u;

/** The gender an honorific written capitalised states ("Mrs" female, "Mr" male), or null for a word that is none. */
function genderOfHonorific(word: string | undefined): Gender | null {
  const lower = word?.toLowerCase() ?? '';
  if (!HONORIFICS.has(lower)) return null;
  return genderOfNoun(lower);
}

/**
 * The gender an honorific states for the lone surname `word` written at `start` of `text` (UTF-16): the honorific
 * opening the mention there ("Mrs. Bush", as a titled name is recorded from its title) or written right before it
 * ("Mrs. [Bush]", as a run the first pass left starts at the surname). Null when no gendered honorific stands there.
 */
export function honorificGender(text: string, start: number, word: string): Gender | null {
  const opening = HONORIFIC.exec(text.slice(start, start + 12));
  if (opening && text.startsWith(word, start + opening[0].length)) return genderOfHonorific(opening[1]);
  const before = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}{1,6})\.?\s+$/u.exec(text.slice(Math.max(0, start - 12), start));
  return before && text.startsWith(word, start) ? genderOfHonorific(before[1]) : null;
}

/**
 * What the text tells of whether a person is of `gender`: 'is' when it states that gender for them (`statedGender`: an
 * honorific, a gendered noun or title such as "First Lady") or, stating none, their first name is usually given it;
 * 'not' when either tells the other; 'may' when neither tells. `texts` are every block's text, which the mentions index.
 */
function genderFit(person: FoundEntity, gender: Gender, texts: ReadonlyArray<string>): 'is' | 'not' | 'may' {
  const told = statedGender(person, texts)?.gender ?? firstNameGender(person.name.split(' ')[0] ?? '');
  return told === null ? 'may' : told === gender ? 'is' : 'not';
}

/**
 * Of the people `bearers` who share a surname, those an honorific before a lone mention of it (`honorificGender`, at
 * `start` of block `block`) may name: the one the text tells is of its gender when only one is, else all it does not tell
 * are of the other. "U.S. President George Bush … First Lady Laura Bush … Mrs. Bush says America will take in …"
 * (voa-bush-approves-refugee-funding-2008-06-20) names Laura Bush, whom the text calls a First Lady, not George Bush,
 * whose gender it never states: a writer calls someone by courtesy title and surname where that tells them apart (AP
 * Stylebook, "courtesy titles"), so two women of the name would have needed their first names. Empty when the text
 * tells every bearer is of the other gender ("John Smith … Mrs. Smith said": someone else, never John Smith; Lee et al.
 * 2013 join a mention only to an entity whose gender agrees). `bearers` itself when no gendered honorific stands there.
 */
export function honorificBearers(
  bearers: ReadonlyArray<FoundEntity>,
  word: string,
  texts: ReadonlyArray<string>,
  block: number,
  start: number,
): ReadonlyArray<FoundEntity> {
  const gender = bearers.length > 0 ? honorificGender(texts[block] ?? '', start, word) : null;
  if (!gender) return bearers;
  const fits = bearers.map((b) => genderFit(b, gender, texts));
  const sure = bearers.filter((_, i) => fits[i] === 'is');
  return sure.length === 1 ? sure : bearers.filter((_, i) => fits[i] !== 'not');
}
