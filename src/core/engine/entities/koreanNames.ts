import { isFirstName } from '../lexicon/firstNames';
import { KOREAN_SURNAMES } from '../lexicon/koreanSurnames';
import { KOREAN_SYLLABLE } from '../lexicon/romanisedSyllables';

/**
 * "Kim Kyung Han", "Lee Myung Bak": whether a person's name is a Korean one written in three words, family name first
 * (`lexicon/koreanSurnames.ts`), then the two syllables of the given name as words of their own rather than joined by a
 * hyphen ("Kim In-seok", `eastAsianName`); the press then calls the person by the family name alone ("Kim warned that
 * …", wikinews-south-korean-police-clamp-down-us-beef-protests-2008-06-30). A syllable that is also an English first name
 * ("Kim Jo Ann") leaves the name an English one, whose first word is a given name.
 */
export function spacedKoreanName(parts: ReadonlyArray<string>): boolean {
  const [family = '', ...given] = parts;
  return (
    parts.length === 3 &&
    KOREAN_SURNAMES.has(family) &&
    given.every((w) => /^\p{Lu}\p{Ll}{1,4}$/u.test(w) && KOREAN_SYLLABLE.test(w.toLowerCase()) && !isFirstName(w))
  );
}
