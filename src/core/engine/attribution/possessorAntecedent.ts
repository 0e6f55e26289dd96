import { FEMALE_WORDS, MALE_WORDS } from '../lexicon/genderedNouns';
import { KIN_NOUNS } from '../lexicon/kinNouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import type { BlockMention } from './mentions';

/** A possessive after a name, then the possessed noun (perhaps after "own"), lower case: "Ingraham's retirement". */
const POSSESSED_NOUN = /^['’]s?\s+(?:own\s+)?(\p{Ll}[\p{Ll}-]*)\b/u;

/** "…, he said, …": a pronoun after a comma whose verb a comma closes, a cue inserted into someone else's sentence. */
const COMMA_BEFORE = /,\s*$/;
const VERB_AND_COMMA_AFTER = /^\s+\p{Ll}+,/u;

/** Nouns a possession makes a person ("Smith's lawyer", "his wife"), who may be the one a he or she means. */
const PERSON_NOUNS: ReadonlySet<string> = new Set([...PERSON_ROLE_NOUNS, ...FEMALE_WORDS, ...MALE_WORDS, ...KIN_NOUNS]);

/**
 * The owner of the one possessive a sentence names before a he/she, when it names no other person there: "Ironically
 * (and sadly for some), Ingraham's retirement from public life came only one day after he asked the Bahamian people to
 * give him a final chance …" (gv-bahamas-bloggers-election-results-2012-05-09), "On Sunday, during Pope Francis' visit
 * to the Middle East which lasted three days, he invited the Palestinian president …" (wikinews-pope-invites-palestinian-
 * israeli-presidents-prayer-2014-05-28). A possessive's owner is a candidate within its sentence before any earlier
 * sentence (Hobbs 1978, Lee et al. 2013), unless what it owns is itself a person ("Smith's lawyer", "his wife"), who
 * may be meant, or the pronoun is a cue set off by commas in the middle of the sentence ("Jones's plan, he said, …"),
 * which speaks of the sentence rather than in it. `named` are the sentence's people before the pronoun (every mention,
 * prepositions' objects too), `possessive` those written with a possessive whom the pronoun may mean (gender agreement,
 * `sameSentencePronoun`); `text` is the block's, `at` the pronoun's UTF-16 offset and `length` its length. Null when
 * the rule does not apply. In the session 58 development half it also reads "O'Riordan's agent said she was in London"
 * and "Senator Klobuchar's campaign said she was ending her presidential bid", as the gold does.
 */
export function possessorAntecedent(
  text: string,
  at: number,
  length: number,
  named: ReadonlyArray<BlockMention>,
  possessive: ReadonlyArray<BlockMention>,
): BlockMention | null {
  const owner = possessive[0];
  if (!owner || named.some((m) => m.entity !== owner.entity)) return null;
  const noun = POSSESSED_NOUN.exec(text.slice(owner.end, owner.end + 40))?.[1];
  if (!noun || PERSON_NOUNS.has(noun) || PERSON_NOUNS.has(noun.replace(/s$/, ''))) return null;
  if (COMMA_BEFORE.test(text.slice(Math.max(0, at - 3), at)) && VERB_AND_COMMA_AFTER.test(text.slice(at + length, at + length + 30))) return null;
  return owner;
}
