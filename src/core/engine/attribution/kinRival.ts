import { KIN_NOUNS } from '../lexicon/kinNouns';
import { FEMALE_WORDS, MALE_WORDS } from '../lexicon/genderedNouns';
import type { Gender } from './gender';
import type { MentionIndex } from './mentions';
import type { SentenceInfo } from './types';

/** A possessive before a kinship noun: "his", "her", "their", "McCandless's". */
const POSSESSIVE = /(?:\b(?:his|her|their)|\p{L}['’]s?)\s+$/iu;

/**
 * Whether a sentence about a person named as someone's relative also speaks of a second relative of the pronoun's
 * gender by a kinship noun alone ("His son, Bruce McCandless III, said his father “appears to be glowing.”",
 * usgov-nasa-sts-41b-iconic-photos-untethered-spacewalk-2024-03-11): two people of one family and one gender, of whom
 * a later he or she may mean either, and only knowing who did what tells them apart (there the father, not the son,
 * closed the visor and spoke next). Both kinship nouns are singular, of that gender and after a possessive; the first
 * stands in apposition to the sentence's subject ("His son, Bruce McCandless III", "Serkalem Fasil, his wife"), the
 * second names no one ("his father"). A relative alone ("Tony Bobulinski … claiming Joe Biden knew about his son's
 * business deals", fresh Wikinews 2020) is no rival to the subject. `range` offsets are UTF-16 code units of the
 * sentence's block text.
 */
export function kinRival({ block, range, focus }: SentenceInfo, gender: Gender, texts: ReadonlyArray<string>, mentions: MentionIndex): boolean {
  const text = texts[block] ?? '';
  const gendered = gender === 'male' ? MALE_WORDS : FEMALE_WORDS;
  const names = mentions.between(block, range.start, range.end);
  let subjectKin = false;
  let freeKin = false;
  for (const word of text.slice(range.start, range.end).matchAll(/\p{L}+/gu)) {
    const at = range.start + word.index;
    const end = at + word[0].length;
    const lower = word[0].toLowerCase();
    if (!KIN_NOUNS.has(lower) || !gendered.has(lower) || names.some((m) => at >= m.start && at < m.end)) continue;
    const possessive = POSSESSIVE.exec(text.slice(Math.max(range.start, at - 40), at));
    if (!possessive) continue;
    const opens = at - possessive[0].length;
    const named = names.find(
      (m) => (m.end <= opens && /^,\s*$/.test(text.slice(m.end, opens))) || (m.start >= end && /^,?\s+$/.test(text.slice(end, m.start))),
    );
    if (named && named.entity === focus?.entity) subjectKin = true;
    else if (!named && !/^,?\s+\p{Lu}/u.test(text.slice(end))) freeKin = true;
  }
  return subjectKin && freeKin;
}
