import { KIN_NOUNS } from '../lexicon/kinNouns';
import { FEMALE_WORDS, MALE_WORDS } from '../lexicon/genderedNouns';
import type { Gender } from './gender';
import type { MentionIndex } from './mentions';
import type { SentenceInfo } from './types';

/** A possessive before a kinship noun: "his", "her", "their", "McCandless's". */
const POSSESSIVE = /(?:\b(?:his|her|their)|\p{L}['’]s?)\s+$/iu;

/**
 * Whether a sentence about one person also speaks of a relative of the pronoun's gender by a kinship noun alone ("His
 * son, Bruce McCandless III, said his father “appears to be glowing.”", usgov-nasa-sts-41b-iconic-photos-untethered-
 * spacewalk-2024-03-11): the relative is a second person a later he or she may as well mean, and only knowing who did
 * what tells them apart (there, the father, not the son, closed the visor and spoke next). A singular kinship noun after
 * a possessive counts, outside every name; one in apposition to a name ("His son, Bruce McCandless III", "Serkalem
 * Fasil, his wife") or before one ("her husband Ahmed") names that person, not a second one. `range` offsets are UTF-16
 * code units of the sentence's block text.
 */
export function kinRival({ block, range }: SentenceInfo, gender: Gender, texts: ReadonlyArray<string>, mentions: MentionIndex): boolean {
  const text = texts[block] ?? '';
  const gendered = gender === 'male' ? MALE_WORDS : FEMALE_WORDS;
  const names = mentions.between(block, range.start, range.end);
  return [...text.slice(range.start, range.end).matchAll(/\p{L}+/gu)].some((word) => {
    const at = range.start + word.index;
    const end = at + word[0].length;
    const lower = word[0].toLowerCase();
    if (!KIN_NOUNS.has(lower) || !gendered.has(lower) || names.some((m) => at >= m.start && at < m.end)) return false;
    const possessive = POSSESSIVE.exec(text.slice(Math.max(range.start, at - 40), at));
    if (!possessive) return false;
    // A name right before ("Serkalem Fasil, his wife") or right after ("His son, Bruce …", "her husband Ahmed").
    const opens = at - possessive[0].length;
    if (names.some((m) => m.end <= opens && /^,\s*$/.test(text.slice(m.end, opens)))) return false;
    return !/^,?\s+\p{Lu}/u.test(text.slice(end));
  });
}
