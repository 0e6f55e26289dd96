import { SIGHT_NOUNS } from '../lexicon/sightNouns';

/** A determined noun and "of" at the end of the words: "the views of " (group 1 the noun). */
const NOUN_OF = /(?:^|[\s,;:—–(])(?:a|an|the|one|its|his|her|their|this|these)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+)\s+of\s+(?:the\s+)?$/iu;

/**
 * Whether the speaker words before a name end in a look or a picture of it: "A close examination of the views of " before
 * "Jupiter reveals two glimpses of the tiny moon Amalthea" (a NASA caption, 2024). What a view or an image of someone
 * shows is no words of theirs, and the view says nothing either, so no one speaks there.
 */
export function sightBefore(words: string): boolean {
  const noun = NOUN_OF.exec(words)?.[1];
  return noun !== undefined && SIGHT_NOUNS.has(noun.toLowerCase());
}
