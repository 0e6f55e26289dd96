import { isFirstName } from '../lexicon/firstNames';
import type { EntityRegistry } from './registry';

/**
 * A plural common noun's ending ("Requirements", "Observances", "Applications", "Partnerships", "Archives"): English
 * surnames rarely end so, and those that do ("Clements", "Frances") follow a given name.
 */
const PLURAL_NOUN = /\p{Ll}(?:tions|sions|ments|ances|ities|ships|isms|ogies|ures|ives|ists)$/u;

/**
 * Whether a "person" found is a capitalised phrase of common nouns, as headings, programme names and title-case
 * links write them ("Public Relations", "Engineering Requirements", "On-Demand Presentations"): two or more words,
 * the last a plural common noun, the first no known first name.
 */
export function isCommonNounPhrase(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && PLURAL_NOUN.test(words.at(-1) ?? '') && !isFirstName(words[0] ?? '');
}

/** Clears the mentions of every person whose name is a phrase of common nouns: such a "person" is no one. */
export function dropCommonNounPhrases({ entities }: EntityRegistry): void {
  for (const entity of entities.values()) if (entity.type === 'person' && isCommonNounPhrase(entity.name)) entity.mentions = [];
}
