import { APPOSITIVE_KINDS } from '../lexicon/appositiveKinds';
import { isFirstName } from '../lexicon/firstNames';
import { ORGANIZATION_KINDS } from '../lexicon/organizationKinds';
import { PLACE_HEADS } from './lookups';
import { speakingCentreVote } from './speakingCentre';
import type { Votes } from './votes';

/** The words around a name that only a body's take: its statement, its spokesperson, a plural's possessive. */

/**
 * What follows only a body's name: "said in a statement", and an "its" that resumes the name ("Coles, in its March 8
 * media release, reported").
 */
const BODY_WORDING = /^(?:\s(?:said|says|announced|reported)\s+in\s+a\s+statement|,\s(?:in|on|via|through)\s+its\s)/;

/**
 * "A spokesperson for Stagecoach South said": one who speaks for a name speaks for a body as a rule, and the speech verb
 * after the name is the spokesperson's; it votes as strongly as that verb and the name's shape vote person, so that a
 * given name ("a spokesman for Taylor Swift") still outweighs it.
 */
const SPEAKS_FOR = /(?<!\p{L})(?:spokes(?:person|man|woman)|representative)\s+(?:for|of)\s+$/u;

/**
 * "Patrice Clerc, head of Amuary, stated" (wikinews-2008-dakar-rally-cancelled-over-terrorist-threat-2008-01-05): a name
 * set off as what the person before it heads or directs is a body as a rule. Only this appositive shape counts: "The
 * director of Operation Truth, a … group, described" makes the director the subject, and "head of al-Sadr's Basra
 * office" heads the possessive's office, not al-Sadr. A head of a place ("the head of Chechnya") is as possible, so it
 * votes only 3, which a place's own wording elsewhere in the text ("in", "near" on two occurrences) still outweighs.
 */
const HEAD_OF_APPOSITIVE = /\p{Lu}[\p{L}.'’-]*,\s(?:the\s)?(?:head|director|chairman|chairwoman|chief\s+executive|founder|boss)\s+of\s+$/u;

/**
 * ", Bahrain's largest political opposition party," after "Al Wefaq" (wikinews-opposition-calls-mass-protests-bahrain-
 * 2012-02-12), ", the country's oldest newspaper,": an appositive whose head is an organisation's kind noun
 * (`organizationKinds.ts`, `appositiveKinds.ts`), after "the", "a" or a possessive and no preposition ("a member of the
 * party" is a person's); the kind may go on with the capitalised place or body it is "for", "of" or "in" (", the national
 * meteorological service for Ireland,") when a comma or semicolon closes them: ", a New York-based advocacy group for U.S.
 * veterans of Iraq" (wikinews-bush-rehearsed-teleconference-us-troops-iraq-2005-10-14) goes on past an abbreviation.
 */
const KIND_APPOSITIVE = new RegExp(
  String.raw`^,\s(?:the|an?|\p{Lu}[\p{L}.-]*['’]s)\s(?:(?!(?:with|and|or|by|for|to|from|of|at|in|on)\s)[\p{L}-]+\s){0,4}?(?:${[...ORGANIZATION_KINDS, ...APPOSITIVE_KINDS].join('|')})(?:\s(?:for|of|in)\s(?:the\s)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3}\s*[,;]|\s*[,.;])`,
  'u',
);

/** Whether the words after a name open an appositive headed by an organisation's kind noun (`KIND_APPOSITIVE`). */
export const kindAppositive = (after: string): boolean => KIND_APPOSITIVE.test(after);

/**
 * "Leon van Biljon, owner of Mahala View Lion Lodge near Pretoria"
 * (wikinews-south-african-lion-man-killed-by-lions-2019-08-22): what someone owns is a business or a thing, never a
 * person, however like a given name its first word reads ("Mahala"), so it outweighs a given name's shape on two
 * occurrences.
 */
const OWNER_OF = /(?<![\p{L}-])(?:co-)?owners?\s+of\s+(?:the\s+)?$/u;

/**
 * "Another group, Falungong, also illegalized as an "evil cult", was suppressed by the government in 1999"
 * (wikinews-chinese-police-arrest-six-mcdonalds-beating-2014-06-01), "a more progressive newspaper, Pressian,": an
 * indefinite or "the", up to two describing words and an organisation's kind noun (`organizationKinds.ts`) set off by a
 * comma right before a name: the name is that body's. Not after a preposition ("a member of the group, Wang, said" sets off
 * a member).
 */
const PREPOSITION = String.raw`(?:of|in|from|with|to|for|by|at|on|among|about|against|into)\s`;
const KIND_SET_OFF_BEFORE = new RegExp(
  String.raw`(?<!\b${PREPOSITION})\b(?:[Aa]nother|[Aa]n?|[Tt]he|[Oo]ne)\s(?:(?!${PREPOSITION})[\p{L}-]+\s){0,2}?(\p{Ll}+),\s$`,
  'u',
);

/**
 * Whether a one-word name, `words`, is set off as a body's name by its kind noun before it (`KIND_SET_OFF_BEFORE`) and a
 * comma after it that closes the appositive. A common first name ("the band, Sting,") may still be a person's.
 */
const kindSetOffBefore = (words: ReadonlyArray<string>, before: string, after: string): boolean =>
  words.length === 1 && after.startsWith(',') && !isFirstName(words[0] ?? '') && ORGANIZATION_KINDS.has(KIND_SET_OFF_BEFORE.exec(before)?.[1] ?? '');

/**
 * Votes for a body or a place from the words around a name that no person's take: a body's wording after it
 * (`BODY_WORDING`), a spokesperson for it (`SPEAKS_FOR`), its head (`HEAD_OF_APPOSITIVE`), its owner (`OWNER_OF`), its
 * kind in apposition after it (`KIND_APPOSITIVE`) or set off before it (`KIND_SET_OFF_BEFORE`), a speech verb after a
 * centre's name (`speakingCentre.ts`), or a plural's possessive that one word goes on from ("at Fishmongers' Hall", "the
 * Workers' Party").
 */
export function bodyVotes(v: Votes, words: ReadonlyArray<string>, before: string, after: string): void {
  if (BODY_WORDING.test(after)) v.organization += 3;
  // The kind set off after the name names it as "rock band Grateful Dead" does before it (`thingNamed`).
  const kind = KIND_APPOSITIVE.exec(after);
  if (kind) {
    // ", the national meteorological service for Ireland,": a kind that serves a named place or body is surer still, as
    // strong as a person's name shape and a verb after it on two occurrences.
    v.organization += /\s(?:for|of|in)\s/.test(kind[0]) ? 4 : 3;
    v.thingNamed += 1;
  }
  if (kindSetOffBefore(words, before, after)) v.organization += 3;
  if ((before.includes('spokes') || before.includes('representative')) && SPEAKS_FOR.test(before)) v.organization += 5;
  // OWNER_OF opens on a look-behind, tried at every offset: words without "owner" are not read.
  if (before.includes('owner') && OWNER_OF.test(before)) v.organization += 8;
  if (HEAD_OF_APPOSITIVE.test(before) && /^,/.test(after)) v.organization += 3;
  v.organization += speakingCentreVote(words, before, after);
  if (words.length === 1 && /s['’]\s$/.test(before.slice(-3)) && /\p{Lu}\p{Ll}+s['’]\s$/u.test(before))
    v[PLACE_HEADS.test(words[0] ?? '') ? 'place' : 'organization'] += 3;
}
