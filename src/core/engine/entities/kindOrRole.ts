import { isFirstName } from '../lexicon/firstNames';
import { ROLE_OR_KIND_NOUNS } from '../lexicon/roleOrKindNouns';
import { personShaped } from './names';

/**
 * Whether a noun that is a job as often as an organisation's kind (`roleOrKindNouns.ts`) stands before a person's full
 * name: two or three name-shaped words opening with a known first name ("publisher Sebastian Kadas"). Then the noun is
 * the person's role, not the kind of organisation the name would otherwise be read as. `wordBefore` is the word right
 * before the name, as written; `words` the name's words.
 */
export function roleNounBeforePerson(wordBefore: string, words: ReadonlyArray<string>): boolean {
  return ROLE_OR_KIND_NOUNS.has(wordBefore) && words.length >= 2 && words.length <= 3 && isFirstName(words[0] ?? '') && personShaped(words);
}
