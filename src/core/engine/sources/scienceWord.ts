/**
 * A scientist named by their field, whether or not the lexicon lists it: "herpetologist", "geochemist",
 * "evolutionary biomechanicist", "Archæologist". English forms the names of sciences' practitioners with these
 * endings (-ologist, -chemist, -physicist, -icist, -scientist), and whoever is named by one speaks from knowledge: an
 * expert (`docs/annotation-guide.md`, "Sources"). Takes one lower-case word.
 */
export const isScienceWord = (word: string): boolean =>
  // Every ending holds "ist": the pattern, which tries each of its endings at each letter, reads only the words that do.
  word.includes('ist') && /^\p{L}{2,}(?:ologist|chemist|icist|scientist)s?$/u.test(word) && !/^(?:apologist)s?$/.test(word);
