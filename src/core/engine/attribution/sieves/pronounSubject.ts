/**
 * A sentence opening on a personal pronoun other than he or she as its subject, before a lower-case word (its verb or
 * auxiliary), after at most a connective: "They can go with yet another Ivy League type choice, contemplating the
 * refrain:" (Wikinews, "Wikinews interviews Joe Schriner, Independent U.S. presidential candidate", 2010, as AMALGUM's
 * interview document `atwood` holds it). The subject is written there, so a name later in the sentence is an object or a
 * modifier ("Ivy League type choice"), never who the sentence is about. He and she are read by `openingPronoun`, which
 * also finds whom they stand for.
 */
const PRONOUN_OPENING = /^\s*["“]?(?:(?:So|And|But|Now|Then|Or|Yet),?\s+)?(?:[Tt]hey|[Ww]e|I|[Yy]ou)\s+(?:\p{Ll}+ly\s+)?\p{Ll}/u;

/** Whether `sentence` (one sentence's text) opens on a they, we, I or you subject before its verb (`PRONOUN_OPENING`). */
export const opensOnPersonalPronoun = (sentence: string): boolean => PRONOUN_OPENING.test(sentence);
