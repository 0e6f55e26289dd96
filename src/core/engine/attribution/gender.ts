import type { FoundEntity } from '../entities/types';
import { FEMALE_WORDS, MALE_WORDS } from '../lexicon/genderedNouns';
import { HONORIFICS } from '../lexicon/honorifics';
import type { Located } from './types';

export type Gender = 'female' | 'male';

/** A gender the text states, and the words that state it (null: a role word the text no longer shows where). */
export interface StatedGender {
  gender: Gender;
  evidence: Located | null;
}

/** The gender each third-person singular pronoun states (he, him, his; she, her). */
export const PRONOUN_GENDER: Readonly<Record<string, Gender>> = { he: 'male', him: 'male', his: 'male', she: 'female', her: 'female' };

/**
 * The gender the text states for a person, with the word that states it: an honorific or gendered noun right
 * before a mention ("Mrs", "his son"), as its first word ("Spokeswoman Jen Psaki"), closing an appositive after
 * it (", a spokeswoman,"), as what the sentence says it is (" is a spokesman for"), or among its title and role words;
 * null when the words disagree or none states one. `texts` are the article's blocks, which the mentions' offsets
 * (UTF-16, half-open) index.
 */
export function statedGender(entity: FoundEntity, texts: ReadonlyArray<string>): StatedGender | null {
  const words: Array<{ word: string; at: Located | null }> = [...entity.roleWords, ...(entity.role ?? '').toLowerCase().split(/[\s-]+/)].map((word) => ({
    word: word.toLowerCase(),
    at: null,
  }));
  // "we will miss Tom": an honorific states a gender only capitalised, as a title.
  const stated = (word: string | undefined): word is string => !!word && (/^[A-Z]/.test(word) || !HONORIFICS.has(word.toLowerCase()));
  for (const m of entity.mentions) {
    const text = texts[m.block] ?? '';
    const from = Math.max(0, m.start - 30);
    // "Mrs. Smith": a full stop closes an abbreviation; after a word such as "woman" it ends the sentence before
    // ("if it poses a risk to the woman. Fernández said", wikinews-argentine-president-fernandez-abortion-bill-2020-03-04).
    const word = /([A-Za-z-]+)(\.?)\s+$/.exec(text.slice(from, m.start));
    const before = word && (!word[2] || /^[A-Z][a-z]{0,2}$/.test(word[1] ?? '')) ? word : null;
    const inside = /^([A-Za-z-]+)\.?\s/.exec(text.slice(m.start, m.end));
    const after =
      /^(,\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[a-z-]+\s+){0,2}?)([a-z-]+)[,.]/.exec(text.slice(m.end, m.end + 60)) ??
      /^(\s+(?:is|was)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?)([a-z-]+)(?=[\s,.;:])/.exec(text.slice(m.end, m.end + 60));
    if (stated(before?.[1]))
      words.push({ word: before[1].toLowerCase(), at: { block: m.block, start: from + before.index, end: from + before.index + before[1].length } });
    if (stated(inside?.[1])) words.push({ word: inside[1].toLowerCase(), at: { block: m.block, start: m.start, end: m.start + inside[1].length } });
    if (after?.[2]) {
      const start = m.end + (after[1]?.length ?? 0);
      words.push({ word: after[2].toLowerCase(), at: { block: m.block, start, end: start + after[2].length } });
    }
  }
  const female = words.filter((w) => FEMALE_WORDS.has(w.word));
  const male = words.filter((w) => MALE_WORDS.has(w.word));
  if (female.length > 0 === male.length > 0) return null;
  const stating = female.length > 0 ? female : male;
  const located = stating.find((w) => w.at) ?? null;
  const evidence =
    located?.at ??
    locate(
      entity,
      stating.map((w) => w.word),
      texts,
    );
  return { gender: female.length > 0 ? 'female' : 'male', evidence };
}

/** Where a role word the entity holds is written: inside one of its mentions ("Kremlin spokesman Dmitry Peskov"). */
function locate(entity: FoundEntity, words: ReadonlyArray<string>, texts: ReadonlyArray<string>): Located | null {
  for (const m of entity.mentions) {
    const text = (texts[m.block] ?? '').slice(m.start, m.end);
    for (const word of text.matchAll(/[\p{L}-]+/gu)) {
      if (words.includes(word[0].toLowerCase())) return { block: m.block, start: m.start + word.index, end: m.start + word.index + word[0].length };
    }
  }
  return null;
}
