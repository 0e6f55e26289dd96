import { COUNTRY_BY_ADJECTIVE, PLACES } from '../../entities/lookups';
import { writesAsCommonWord } from '../../entities/shapeOnlyPersons';
import { IRREGULAR_PAST } from '../../lexicon/irregularPast';
import { NOT_NAMES } from '../../lexicon/notNames';
import { isRoleOrTitleWord } from '../rolePhrase';
import type { CueReader } from '../subjects';
import type { Subject } from '../types';

/**
 * Two capitalised words opening a sentence, then a lower-case word, perhaps with "not" after it: "Foxx Blaize did not
 * like …", "Julia Whitehall agreed". Group 1 is the name, group 2 the word after it.
 */
const NAME_THEN_WORD = /^(\p{Lu}[\p{Ll}\p{M}'’-]+\s+\p{Lu}[\p{Ll}\p{M}'’-]+)\s+(\p{Ll}+)(?:\s+not\b|n['’]t\b)?/u;

/** Auxiliaries that open a clause's verb after its subject. */
const AUXILIARIES = new Set(['did', 'does', 'do', 'had', 'has', 'have', 'was', 'is', 'would', 'could', 'can', 'will', 'should', 'may', 'might']);

/** Whether a lower-case word is a verb's opening form: an auxiliary, a past form, or a present form in -s. */
const verbForm = (word: string) => AUXILIARIES.has(word) || IRREGULAR_PAST.has(word) || /^\p{Ll}{2,}ed$/u.test(word) || /^\p{Ll}{2,}[^s'’]s$/u.test(word);

/** Whether a capitalised word may be a person's name's: no function word, opener, title, role, place or nationality. */
const nameWord = (word: string) => !NOT_NAMES.has(word) && !isRoleOrTitleWord(word.toLowerCase()) && !PLACES.has(word) && !COUNTRY_BY_ADJECTIVE.has(word);

/**
 * Whether capitalised words may be a person's name: each a `nameWord`, and none written in lower case elsewhere in the
 * article (`texts`, every block's text), as a common word would be.
 */
export const personNameShaped = (words: ReadonlyArray<string>, texts: ReadonlyArray<string>): boolean =>
  words.every(nameWord) && !writesAsCommonWord(words, texts);

/**
 * The length of the name-shaped subject a sentence opens with (`NAME_THEN_WORD`, then a `verbForm`): two capitalised
 * words that are `personNameShaped`, right before the sentence's verb. 0 for any other opening.
 */
function nameShapedSubject(sentence: string, texts: ReadonlyArray<string>): number {
  const found = NAME_THEN_WORD.exec(sentence);
  if (!found?.[1] || !verbForm(found[2] ?? '')) return 0;
  return personNameShaped(found[1].split(/\s+/), texts) ? found[1].length : 0;
}

/**
 * `Foxx Blaize did not like that Narine would have to be left out but understood the rationale:` (gv-narine-kolkata-
 * west-indies-cricket-2014-06-02): the speaker of a colon lead-in is its subject, and a name-shaped one
 * (`nameShapedSubject`) is a person named there; a name in its that-clause, object or complement is never who speaks.
 * The person a pass found as the whole name, else the name as written when no pass found anything in it; unattributed
 * when a pass read its words as something else. `sentence` starts at `sentenceStart` of `block`. Null when the sentence
 * opens otherwise.
 */
export function nameShapedLeadIn(cues: CueReader, block: number, sentence: string, sentenceStart: number): Subject | null {
  const length = nameShapedSubject(sentence, cues.texts);
  if (length === 0) return null;
  const end = sentenceStart + length;
  const inside = cues.mentions.between(block, sentenceStart, end).filter((m) => m.end > sentenceStart);
  if (inside.length === 0) return cues.handleSource(block, sentenceStart, end, 'person');
  const [only] = inside;
  if (inside.length === 1 && only?.entity.type === 'person' && only.start === sentenceStart && only.end === end) return cues.subjectAt(block, sentenceStart);
  return { ref: { block, start: sentenceStart, end }, entity: null, resolution: 'unattributed', antecedent: null };
}
