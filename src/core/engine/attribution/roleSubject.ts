import type { SentenceRange } from '../../sentences';
import type { EntityIndex } from '../entities/types';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { isSpeechVerb } from '../lexicon/reportingVerbs';
import type { Discourse } from './coreference';
import type { MentionIndex } from './mentions';
import { describedSubject } from './describedSubject';
import { rolePhraseAt } from './rolePhrase';
import { resolveRole } from './roles';
import type { Referent, SentenceInfo } from './types';

/** What reading a role noun needs of the walk: the blocks, the mentions, the discourse so far and the entities found. */
export interface RoleReading {
  readonly texts: ReadonlyArray<string>;
  readonly mentions: MentionIndex;
  readonly discourse: Discourse;
  readonly index: EntityIndex;
}

/** How many sentences back a person a title refers to must have been what a sentence was about: a pronoun's reach. */
const RECENT = 4;

/**
 * A finite verb right after the subject, perhaps after an adverb: "held", "called", "has", "says". A word ending in "s"
 * is one only before what a verb takes ("insists that", "thanked the U.S."), not before another bare word ("The student
 * teams spend months": a plural noun). A participle or a conjunction ("The judge presiding over the case, Bernard
 * Schwartz, said", "The chairman … and the head physician …, Albert Sufianov, is") leaves the name after it the subject.
 */
const FINITE_VERB_AFTER =
  /^\s+(?:(?:also|later|then|now|again|still|never|recently)\s+)?(?:\p{Ll}{2,}ed|(?:did|does|was|were|is|has|had|would|could)n[’']t|had|has|is|was|were|did|does|says|will|would|can|could|may|might|must|should|said|met|held|told|made|gave|took|spoke|went|came|wrote|saw|thought|knew|found|felt|left|kept|sent|brought|won|lost|ran|began|became|\p{Ll}{2,}s(?=\s+(?:a|an|the|that|to|his|her|its|their|on|in|for|with|of|by|at)\b|\s+[\p{Lu}"“]|[,.;:]))(?![\p{L}])/u;

/**
 * Whether a role phrase ends on a person's role noun, one word or several ("the spokesman", "The chief executive", lane
 * break36 on the shape of "Rio Tinto chief executive Tom Albanese"): the lexicon holds "chief executive" whole.
 */
function endsOnPersonRole(phrase: string): boolean {
  // "The Workers' Party Secretary for International Foreign Relations" (wikinews-us-secretary-of-defense-rumsfeld-visits-
  // brazil-2005-03-26): the body the role serves may follow its noun.
  const lower = phrase
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/ (?:for|of|at|with) .*$/u, '');
  return PERSON_ROLE_NOUNS.some((noun) => lower === noun || lower.endsWith(` ${noun}`));
}

/** A quotation's closing mark and up to six words after it, up to a sign: `…," the police chief said`, `…," said the spokesman.` */
const CLOSING_CUE = /[,?!…]\s*["”]\s+((?:[\p{L}-]+\s*){1,6})/gu;

/** Whether the words after a closing quotation are a cue whose speaker is a definite person role: "the <role> <verb>" or "<verb> the <role>". */
function roleCue(words: ReadonlyArray<string>): boolean {
  const [first = '', second = ''] = words;
  if (isSpeechVerb(first)) return second.toLowerCase() === 'the' && endsOnPersonRole(words.slice(1).join(' '));
  if (first.toLowerCase() !== 'the') return false;
  return words.some((verb, k) => k >= 2 && isSpeechVerb(verb) && endsOnPersonRole(words.slice(0, k).join(' ')));
}

/**
 * A connective adverb that may open a sentence before its subject, with its comma: "Meanwhile, the soldier came up with
 * his version." (Global Voices, Indonesia, May 2012) opens on its subject all the same.
 */
const OPENING_CONNECTIVE = /^\s*(?:(?:Meanwhile|However|Later|Afterwards|Then|Still|Instead|Nevertheless|Separately|Earlier|In turn|In response),\s+)?/u;

/**
 * The definite role noun phrase of a person opening a sentence as its subject ("The Liberian president held …"), with
 * where it starts; null when the sentence opens otherwise, or the phrase is set off by a comma before a name ("The
 * chief executive, John Smith, visited …") rather than followed by its verb.
 */
function openingRole(text: string, { start, end }: SentenceRange, block: number): { phrase: string; at: number } | null {
  const at = start + (OPENING_CONNECTIVE.exec(text.slice(start, end))?.[0].length ?? 0);
  const phrase = rolePhraseAt(text.slice(at, end), block);
  // "The painting depicts an artist …": a second article or a verb inside makes the words a clause, not a role phrase.
  if (!phrase || !/^the\s/i.test(phrase) || /\s(?:[Aa]n?|[Tt]he|\p{Ll}+s)\s/u.test(phrase)) return null;
  if (!endsOnPersonRole(phrase)) return null;
  return FINITE_VERB_AFTER.test(text.slice(at + phrase.length, end)) ? { phrase, at } : null;
}

/**
 * Who a sentence opening on a definite role noun of a person is about: "Liberian President Ellen Johnson Sirleaf says …
 * The Liberian president held meetings with U.S. officials including President Bush this week. She thanked the U.S. …"
 * (voa-liberia-sirleaf-promises-results-us-aid-2007-02-16) is about Sirleaf, to whom the text gave the title, not Bush,
 * named after the verb. The person `resolveRole` ties the phrase to, as it does a cue's ("The president said"): the
 * holder of the title, AP style's second reference by title, when a sentence within a pronoun's reach was about them;
 * null (nobody named) otherwise, for the subject is still a person a later he or she may mean; undefined when the
 * sentence does not open so. `range` is the sentence's in block `block` (UTF-16, half-open); the referent's place is
 * the phrase's.
 */
export function roleSubject(walk: RoleReading, block: number, range: SentenceRange): Referent | null | undefined {
  const opening = openingRole(walk.texts[block] ?? '', range, block);
  if (!opening) return undefined;
  const { phrase, at } = opening;
  const found = resolveRole(phrase, block, at, walk.mentions, walk.discourse, walk.index, walk.texts);
  // "President Trump … responded … The president did not concede" after "President-elect Joe Biden": the latest holder
  // of a title need not be whom the text is about, so only a person a recent sentence was about is taken for it.
  const recent = walk.discourse.sentences.slice(-RECENT).some((s) => s.focus?.entity === found?.entity);
  if (found?.entity.type === 'person' && recent) return { entity: found.entity, at: { block, start: at, end: at + phrase.length } };
  return found ? null : describedSubject(phrase, block, at, walk.discourse.sentences.at(-1), walk.mentions);
}

/**
 * Whether a sentence about no named person opens on a definite role noun of a person (`roleSubject` found it tied to
 * no one): its subject is a man or woman the text does not name here, whom a he or she after it may mean, so the
 * pronoun must not pass it for a name after its verb. `texts` are every block's text.
 */
export function opensOnUntiedRole({ block, range, focus }: SentenceInfo, texts: ReadonlyArray<string>): boolean {
  return !focus && openingRole(texts[block] ?? '', range, block) !== null;
}

/**
 * Whether a sentence about no named person closes a quotation on a cue whose speaker is a definite role noun of a person
 * (`"The situation is under control," the police chief said.`, lane break36 on the shape of `"…," said a defense ministry
 * spokesman. He said that …`): the man or woman the role stands for is whom a he or she after it means, so the pronoun
 * must not pass them for someone named earlier. `texts` are every block's text.
 */
export function quotesUntiedRole({ block, range, focus }: SentenceInfo, texts: ReadonlyArray<string>): boolean {
  if (focus) return false;
  const sentence = (texts[block] ?? '').slice(range.start, range.end);
  return [...sentence.matchAll(CLOSING_CUE)].some((m) => roleCue((m[1] ?? '').trim().split(/\s+/u)));
}
