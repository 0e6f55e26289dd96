import { PARENT_NOUN } from '../entities/parentTie';
import { DESCRIPTIVE_NOUNS } from '../lexicon/descriptiveNouns';
import { PRONOUN_GENDER } from './gender';
import { lonePersonBefore } from './lonePersonBefore';
import { mayBeTheParent, namedParent } from './namedParent';
import { OBJECT_PRONOUN_AFTER } from './objectPronoun';
import type { RolePhrase, RoleReach } from './roleReading';
import type { Referent } from './types';

/** Role nouns of one who speaks for a body: "spokesman", "spokeswoman", "spokesperson", "representative". */
const SPEAKS_FOR_BODY = /^(?:spokes\p{Ll}+|representative)$/u;

/**
 * A role noun of a person nobody in the text holds (`holders` is how many do, when written after a name): a title
 * after a sentence about one person, or a noun that describes rather than titles, read as a pronoun would be.
 */
export function describedPerson(role: RolePhrase, reach: RoleReach, holders: number): Referent | null {
  const { phrase, words, head, forWhom, block, at, texts } = role;
  const { discourse } = reach;
  // "the teenager said", "the woman said": a noun that describes rather than titles refers back like a pronoun. Not after
  // a possessive pronoun: "his father said" is someone the one "his" refers back to is kin to, never that one himself.
  const gendered = DESCRIPTIVE_NOUNS.get(head);
  // A spokesman or representative nobody holds the title of speaks for a body, not for the person named before.
  // Not a title tied to a place or body ("The mayor of London, Sadiq Khan, gave …"): that names its holder anew.
  // "Koralla got active in the ERG …, when the chair asked him to join" (fresh NASA text, 2024): a verb whose object is
  // "him" or "her" has someone else as its subject, and the person the sentence is about is that object.
  const personObject = OBJECT_PRONOUN_AFTER.test((texts[block] ?? '').slice(at + phrase.length, at + phrase.length + 40));
  if (holders === 0 && gendered === undefined && /^the\s/i.test(phrase) && !SPEAKS_FOR_BODY.test(head) && !forWhom)
    return personObject || officeName(phrase, head) ? null : lonePersonBefore(discourse, words, head, texts);
  if (holders > 0 || gendered === undefined || /^(?:his|her|their|its)\s/i.test(phrase)) return null;
  const referent = gendered === 'they' ? discourse.recentPerson() : discourse.resolvePronoun(gendered);
  return PARENT_NOUN.test(head) ? parentMeant(role, reach, gendered, referent) : referent;
}

/**
 * "The father said", "the mother said": the parent the pronoun-like noun (`gendered`) refers back to (`referent`) when
 * the text made them a parent, else the one parent of that gender it named; null for a parent of someone the phrase
 * names anew.
 */
function parentMeant(role: RolePhrase, reach: RoleReach, gendered: string, referent: Referent | null): Referent | null {
  const { phrase, words, block, at, texts } = role;
  const { mentions, discourse, index } = reach;
  // "The father of the arrested boy said" after "Peter Evans said his son …": a parent of a child the phrase names anew.
  if (/^\s+of\s/i.test((texts[block] ?? '').slice(at + phrase.length)) || words.includes('of')) return null;
  if (referent && mayBeTheParent(referent.entity, index, texts)) return referent;
  // "The father said" after "Mayor John Smith visited the site": not the mayor, whom the text never made a parent, but
  // the one parent of that gender it named, if any.
  const gender = PRONOUN_GENDER[gendered];
  const parent = gender && words.length === 1 && /^the\s/i.test(phrase) ? namedParent(gender, index, texts, (e) => discourse.genderOf(e)) : null;
  return parent && (mentions.latest((e) => e === parent, block, at) ?? mentions.firstAfter((e) => e === parent, block, at));
}

/**
 * Whether the phrase writes its role noun `head` capitalised after its article ("The Prime Minister said", "The Prime
 * Minister's Official Spokesman said"): the name of an office, which news capitalises only as a title (AP Stylebook,
 * "titles"), so it stands for whoever holds that office, not for the untitled person the sentence before was about; a
 * second reference that describes that person anew is written in lower case ("The Wooster professor added").
 */
function officeName(phrase: string, head: string): boolean {
  const written = phrase.split(/[\s-]+/).find((w) => w.toLowerCase().replace(/['’]s?$/u, '') === head);
  return written !== undefined && /^\p{Lu}/u.test(written);
}
