import { isFirstName } from '../lexicon/firstNames';

/**
 * "Doan Thi Huong" (wikinews-malaysia-arrests-fourth-suspect-kim-jong-nam-2017-02-16): whether a person's name is a
 * Vietnamese woman's written in three words, family name first, then the middle name "Thi" (Thị) that Vietnamese gives
 * women, then the given name; the press then calls her by the family name alone ("two women, ostensibly Aishah and
 * Doan"). Not "Van", the men's middle name, which is as often a Dutch particle ("Eddie Van Halen"), nor a name opening
 * with a given name the lexicon knows.
 */
export function spacedVietnameseName(parts: ReadonlyArray<string>): boolean {
  const [family = '', middle = '', given = ''] = parts;
  return parts.length === 3 && /^Th[iị]$/u.test(middle) && /^\p{Lu}\p{Ll}+$/u.test(family) && /^\p{Lu}\p{Ll}+$/u.test(given) && !isFirstName(family);
}
