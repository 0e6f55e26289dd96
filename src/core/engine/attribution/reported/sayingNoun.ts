/**
 * Words that may describe a saying between its determiner and the noun: `an old saying`, `a popular saying`.
 * Lower case; a demonym ("Valencian", "Israeli", "Chinese") is read by its shape instead.
 */
const SAYING_ADJECTIVES = /^(?:old|popular|famous|common|ancient|local|traditional|well-known|familiar|favourite|favorite|wise|folk|true)$/;
/** A capitalised demonym: `Valencian`, `Israeli`, `Chinese`, `Kenyan`, `Turkish`. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)$/u;
/** The determiner that opens the noun phrase a saying heads. */
const DETERMINER = /^(?:a|an|the|this|that|one)$/i;
/**
 * What follows a saying named as a thing: its own verb (`… saying commemorates these events`, `the saying goes`), or a
 * relative clause with one (`[Israeli saying that means …]`).
 */
const OWN_VERB = /^\s+(?:(?:that|which)\s+)?(?:goes|went|is|was|has|had|says|tells|holds|runs|reads|\p{Ll}{3,}s)\b/u;

/**
 * Whether "saying" at `verbStart`..`verbEnd` in `text` is the noun, a proverb, and no participle of speech: `A popular
 * Valencian saying commemorates these events: "Quan el mal ve d'Almansa, a tots alcança,"` (Global Voices, Spain, May
 * 2012), `as the saying goes`. A determiner opens the phrase, with at most two adjectives of a saying or demonyms
 * between it and the noun, and a verb of the saying's own follows it. "Valencian" names no one who said anything.
 * `sentenceStart` bounds the words read before the noun.
 */
export function isSayingNoun(text: string, sentenceStart: number, verbStart: number, verbEnd: number): boolean {
  if (text.slice(verbStart, verbEnd).toLowerCase() !== 'saying') return false;
  const before = text.slice(sentenceStart, verbStart).match(/[\p{L}'’-]+/gu) ?? [];
  const describing = before.slice(-3);
  for (let from = describing.length - 1; from >= 0; from--) {
    const word = describing[from] ?? '';
    if (DETERMINER.test(word)) {
      const between = describing.slice(from + 1);
      return between.every((w) => SAYING_ADJECTIVES.test(w.toLowerCase()) || DEMONYM.test(w)) && OWN_VERB.test(text.slice(verbEnd));
    }
  }
  return false;
}
