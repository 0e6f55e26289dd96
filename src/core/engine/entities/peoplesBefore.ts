import { NON_PERSON_HEADS } from '../lexicon/nonPersonHeads';
import { NOT_NAMES } from '../lexicon/notNames';
import { ORG_HEADS } from '../lexicon/orgHeads';
import { PARTY_MEMBERS } from '../lexicon/partyMembers';
import { COUNTRY_BY_ADJECTIVE } from './lookups';
import { nameShapedWord } from './names';

/**
 * Whether a capitalised word is a people in the plural that may stand before the names of some of them: a nationality's
 * plural ("Ethiopians", "Kenyans") or a party's members ("Republicans", "Democrats").
 */
export function isPeoplesWord(word: string): boolean {
  return PARTY_MEMBERS.has(word) || (/^\p{Lu}\p{Ll}+s$/u.test(word) && !COUNTRY_BY_ADJECTIVE.has(word) && COUNTRY_BY_ADJECTIVE.has(word.slice(0, -1)));
}

/**
 * Whether a run of capitalised `words` opens with a people in the plural before a name of two or three name-shaped
 * words, the last no head of a body's or a thing's name: "Ethiopians Dejene Debela" (wikinews-kosgei-world-record-
 * chicago-marathon-2019-10-14), "Republicans John McCain and Lindsey Graham" (wikinews-travel-to-us-resumes-federal-
 * judge-blocks-executive-order-2017-02-05). The plural says who the named are and is no part of a name, as "Americans
 * United" (one word after it) or "Democrats Abroad" are.
 */
export function peoplesBeforeName(words: ReadonlyArray<string>): boolean {
  const rest = words.slice(1);
  const last = rest.at(-1) ?? '';
  return (
    isPeoplesWord(words[0] ?? '') &&
    rest.length >= 2 &&
    rest.length <= 3 &&
    rest.every((w) => nameShapedWord(w) && !NOT_NAMES.has(w)) &&
    !NON_PERSON_HEADS.has(last) &&
    !ORG_HEADS.has(last)
  );
}
