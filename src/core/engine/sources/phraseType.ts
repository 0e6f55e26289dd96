import { asHeldNow, isFormerWord } from './formerRole';
import { bareWord, held, type HeldKind, roleAt, wordsOf } from './roles';
import { isLegislator } from './weakSigns';
import type { SourceType } from '../../schema';
import { COUNTRY_BY_ADJECTIVE, PLACES } from '../entities/lookups';
import { GOVERNMENT_WORDS } from '../lexicon/governmentWords';

/** Where the head of a role phrase ends and its complement begins: "director | of NASA Johnson". */
const COMPLEMENT = /^(?:of|for|at|in|from|with|to|on)$/i;
/** Words a capitalised run before a name may open with that name no body: "As political strategist", "The BEAM president". */
export const OPENER =
  /^(?:the|a|an|as|at|in|on|by|with|for|of|to|from|and|but|so|after|while|when|said|says|former|late|new|then|deputy|assistant|acting|interim|associate|senior|vice)$/i;

/** A word naming a government body: "ministry", "Kremlin". */
export const governs = (word: string) => GOVERNMENT_WORDS.has(word.toLowerCase().replace(/['’]s$|[,;:]$/g, ''));
/** A country or a nationality: "Russian", "Kazakhstan", "U.S.". */
export const national = (word: string) => {
  const bare = word.replace(/['’]s$|[,;:]$/g, '');
  return COUNTRY_BY_ADJECTIVE.has(bare) || PLACES.has(bare);
};

/**
 * "Commerce Secretary Wilbur Ross", "the Defence Secretary", "the Secretary of Justice for Puerto Rico": a title
 * written with a capital after nothing but capitalised words (the office it heads) is a formal title of public office,
 * as AP and Wikinews capitalise one; in lower case ("the party's general secretary") it may be any body's.
 */
const formalTitle = (words: ReadonlyArray<string>, from: number) =>
  /^\p{Lu}/u.test(words[from] ?? '') && words.slice(0, from).every((w) => OPENER.test(w) || /^\p{Lu}/u.test(w));

/**
 * The type the role words of a phrase give, or null: the first specific role wins over a title, an office, a head or a
 * member, which make an official only where the words around them tie them to a government; a head or a member that
 * the words tie to a body of another kind speaks for it (`lexicon/sourceRoles.ts`); a former one speaks for themself
 * (`formerRole.ts`), "former" written in the phrase or as the word `preceding` it.
 */
export function typeOfPhrase(phrase: string, preceding = ''): SourceType | null {
  const lower = wordsOf(phrase).map(bareWord);
  if (isLegislator(phrase)) return asHeldNow('official', [bareWord(preceding), ...lower]);
  const firstRole = lower.findIndex((_, i) => roleAt(lower, i) !== null);
  return asHeldNow(typeOfRoles(phrase), [bareWord(preceding), ...lower.slice(0, Math.max(0, firstRole))]);
}

/** `typeOfPhrase` before `asHeldNow`: every role read as still held. */
function typeOfRoles(phrase: string): SourceType | null {
  const words = wordsOf(phrase);
  const lower = words.map(bareWord);
  let holds: { kind: HeldKind; from: number; to: number } | null = null;
  // "a friend of the Russian president" is no official: the role is the head's, before its complement.
  const complement = lower.findIndex((w) => COMPLEMENT.test(w));
  const end = complement < 0 ? lower.length : complement;
  for (let i = 0; i < end; i++) {
    const role = roleAt(lower, i);
    if (!role) continue;
    const [kind, n] = role;
    if (!held(kind)) return kind;
    holds ??= { kind, from: i, to: i + n };
    i += n - 1;
  }
  if (!holds) return null;
  const { kind, from, to } = holds;
  if (kind !== 'member' && words.some(governs)) return 'official';
  // "President Joe Biden", "New President Joyce Banda": a capitalised title before a name, perhaps after a modifier.
  const bareTitle = to === words.length && words.slice(0, from).every((w) => OPENER.test(w)) && /^\p{Lu}/u.test(words[from] ?? '');
  if ((kind === 'title' || kind === 'head') && (bareTitle || words.some(national))) return 'official';
  if (kind === 'title' && formalTitle(words, from)) return 'official';
  // "president of BEAM", "CEO of the Refugee Council", "BEAM president": the body it heads is named.
  const namesBody = words.some((w, i) => (i < from || i >= end) && /^\p{Lu}/u.test(w) && !OPENER.test(w) && !roleAt(lower, i));
  // "a 63-year-old ex-founder and CEO of Bio Economic Research Associates": who headed a body no longer speaks for it.
  const former = lower.slice(0, from).some(isFormerWord);
  return (kind === 'head' || kind === 'member') && namesBody && !former ? 'spokesperson' : null;
}
