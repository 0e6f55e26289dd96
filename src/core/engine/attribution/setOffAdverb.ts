import { ADVERBS } from '../lexicon/adverbs';

/**
 * A capitalised word, the last of a name, then an adverb set off by commas, ending the words before a verb: "Survey,
 * however,", "Smith, meanwhile,"; or after the name's auxiliary: "He has, however, said that DTI needed to continue" (a
 * fresh Wikinews page, April 2007), "She did, however, warn that …" (wikinews-swine-flu-cases-worldwide-top-1000-2009-05-04,
 * where the emphatic "did" stands as "has" does), not after a plural's ("Analysts have, however, suggested"). After a lower-case word
 * the commas split a verb phrase or a common noun's clause, which the readers read as before.
 */
const SET_OFF = /(?<=\p{Lu}[\p{L}'’.-]*|(?:\b[HS]he|\b\p{Lu}[\p{L}'’.-]*[^\s,s])\s+(?:has|had|was|is|would|will|did|does)),\s+(\p{Ll}+),$/u;

/** The auxiliaries `ADVERBS` holds for the slot before a verb, which commas never set off. */
const AUXILIARY = /^(?:has|had|have|was|is|were|are|would|will)$/;

/**
 * `The United States Geological Survey, however, reported that the earthquake had a magnitude of 5.4`
 * (wikinews-four-aftershocks-hit-central-chile-2010-11-28): a connective adverb set off by commas between a subject and
 * its verb turns the sentence against the one before; it describes no one, so it is no appositive, and the name before
 * it is the subject as if the adverb stood without commas ("the agency however reported"). `stretch` is the text before
 * a cue verb, its trailing space trimmed; the UTF-16 offset in it where the set-off adverb's first comma stands, or null
 * when it does not end so ("Smith, a spokesman," is an appositive and stays one; so is what follows a lower-case word).
 */
export function setOffAdverbAt(stretch: string): number | null {
  const found = SET_OFF.exec(stretch);
  const word = found?.[1];
  return found && word && ADVERBS.has(word) && !AUXILIARY.test(word) ? found.index : null;
}
