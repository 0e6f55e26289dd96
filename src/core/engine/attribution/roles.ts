import type { EntityIndex, FoundEntity } from '../entities/types';
import { DOCUMENT_NOUNS } from '../lexicon/documentNouns';
import { ORG_ROLE_NOUNS } from '../lexicon/orgRoleNouns';
import { DESCRIPTIVE_NOUNS } from '../lexicon/descriptiveNouns';
import { GENERIC_ORG_NOUNS } from '../lexicon/genericOrgNouns';
import { PERSON_ROLE_NOUNS } from '../lexicon/personRoleNouns';
import { SOURCE_ROLES } from '../lexicon/sourceRoles';
import type { Discourse } from './coreference';
import { earlierDocumentIssuer, mentionAt } from './earlierDocument';
import type { MentionIndex } from './mentions';
import { titleHoldersBefore } from './titleBeforeName';
import { bringsInKind, namesOtherKind, otherKindOpening, unfitBody } from './orgKinds';
import { outletBefore } from './outletNoun';
import { possessiveOwner } from './possessiveOwner';
import { unknownOpeningWord } from './unnamedOpening';
import { ownedByUnknownName } from './unknownPossessor';
import { introducedSince, shadowedAgent } from './indefiniteShadow';
import { PARENT_NOUN } from '../entities/parentTie';
import { mayBeTheParent, namedParent } from './namedParent';
import { OBJECT_PRONOUN_AFTER } from './objectPronoun';
import { PRONOUN_GENDER } from './gender';
import type { Referent, SentenceInfo } from './types';

const NATIONALITY = /^[a-z]+(?:ian|ese|ish|i|ch|an)$/;
/** Role nouns of one who speaks for a body: "spokesman", "spokeswoman", "spokesperson", "representative". */
const SPEAKS_FOR_BODY = /^(?:spokes\p{Ll}+|representative)$/u;
/** Words that tell when someone held an office, not which office: "the former minister" may be "Minister X". */
const TIME_WORDS = /^(?:former|then|ex|acting|interim|outgoing|incoming|retired|current|new|late|longtime)$/;

/** Role words of one who speaks for another: "a spokesman for the ministry", "an official of the company". */
const SPEAKS_FOR = /spokes|representative|official/;

/**
 * A role phrase and where it stands: `phrase` as written at offset `at` (UTF-16) of block `block`; `words` its words in
 * lower case without their article; `head` the noun it is about and `qualifier` the body's noun that qualifies it
 * (`roleHead`); `forWhom` the words after its "for", "of" or "at"; `texts` the blocks.
 */
interface RolePhrase {
  phrase: string;
  words: ReadonlyArray<string>;
  head: string;
  qualifier: string | null;
  forWhom: string | undefined;
  block: number;
  at: number;
  texts: ReadonlyArray<string>;
}

/** What a role phrase is resolved against: the article's mentions, the discourse read so far, and its entities. */
interface RoleReach {
  mentions: MentionIndex;
  discourse: Discourse;
  index: EntityIndex;
}

/**
 * Stage two of attribution for role nouns: "the Russian president" → the person whose title (and
 * nationality, where the phrase gives one) the text gave them, most recently named first; "the ministry"
 * → an organisation of that kind. Null when the text ties the role to nobody, or to several people. `texts` are the
 * blocks, for titles written before a name in lower case.
 */
export function resolveRole(
  phrase: string,
  block: number,
  at: number,
  mentions: MentionIndex,
  discourse: Discourse,
  index: EntityIndex,
  texts: ReadonlyArray<string> = [],
): Referent | null {
  const words = phrase
    .toLowerCase()
    .replace(/^(the|a|an|its|his|her|their)\s+/, '')
    .split(/[\s-]+/);
  const forWhom = /\b(?:for|of|at)\s+(?:the\s+)?(.+)$/i.exec(phrase)?.[1];
  if (forWhom && SPEAKS_FOR.test(phrase)) {
    const wanted = forWhom.toLowerCase();
    if (ORG_ROLE_NOUNS.includes(wanted)) return recentOrganization(wanted, { block, at, texts }, mentions, discourse);
    const org = bodyNamed(wanted, mentions, block, at);
    if (org) return org;
  }
  const role: RolePhrase = { phrase, words, ...roleHead(words, index), forWhom, block, at, texts };
  const reach: RoleReach = { mentions, discourse, index };
  if (PERSON_ROLE_NOUNS.includes(role.head) || PERSON_ROLE_NOUNS.includes(words.slice(0, 2).join(' '))) return personOfRole(role, reach);
  return bodyOfRole(role, reach);
}

/** The organisation last named before offset `at` of block `block` whose name holds `wanted` (lower case) or one of its words. */
function bodyNamed(wanted: string, mentions: MentionIndex, block: number, at: number): Referent | null {
  return mentions.latest(
    (e) =>
      e.type === 'organization' && (e.name.toLowerCase().includes(wanted) || wanted.split(/\s+/).some((w) => e.name.toLowerCase().split(/\s+/).includes(w))),
    block,
    at,
  );
}

/**
 * Whether a person holds the office `role` names: its head noun as their role word (`holds`), and, where the phrase
 * gives them, its nationality and the qualifier or modifier before the head (`office`).
 */
function officeOf({ words, head, qualifier }: RolePhrase): {
  holds: (e: FoundEntity) => boolean;
  office: (e: FoundEntity) => boolean;
  fits: (e: FoundEntity) => boolean;
} {
  const holds = (e: FoundEntity) => holdsRole(e, head);
  const nationality = (e: FoundEntity) =>
    words.every((w) => !NATIONALITY.test(w) || e.roleWords.has(w) || (e.role ?? '').toLowerCase().includes(w.slice(0, 4)));
  // "the city's home minister" is not "Prime Minister Narendra Modi": a word before the head that the holder's title
  // puts another word in place of names another office.
  const before = words[words.indexOf(head) - 1];
  const modifier = before && /^[a-z]+$/.test(before) && !NATIONALITY.test(before) && !TIME_WORDS.test(before) ? before : null;
  const office = (e: FoundEntity) => {
    if (qualifier !== null) return titleWords(e).has(qualifier);
    if (modifier === null) return true;
    const title = titleWords(e);
    return title.has(modifier) || ![...title].some((w) => w !== head && /^[a-z]+$/.test(w) && !NATIONALITY.test(w) && !words.includes(w));
  };
  return { holds, office, fits: (e) => holds(e) && nationality(e) && office(e) };
}

/** A person's role noun: the one holding the office, else the person a describing noun refers back to (`describedPerson`). */
function personOfRole(role: RolePhrase, reach: RoleReach): Referent | null {
  const { head, block, at, texts } = role;
  const { mentions, index } = reach;
  const { holds, office, fits } = officeOf(role);
  const person = mentions.latest(fits, block, at) ?? mentions.firstAfter(fits, block, at);
  if (person) return person;
  // A nationality the text never tied to the title: only a title nobody else holds.
  const holders = index.entities.filter((e) => holds(e) && office(e));
  if (holders.length === 1) return mentions.latest(holds, block, at) ?? mentions.firstAfter(holds, block, at);
  // "The commissioner said" after "trade and industry commissioner Albert Muchanga": a title written before the name
  // in lower case; several people so titled leave the noun to none of them.
  const written = holders.length === 0 ? titleHoldersBefore(head, texts, index) : [];
  if (written.length === 1) return mentions.latest((e) => e === written[0], block, at);
  if (written.length > 1) return null;
  return describedPerson(role, reach, holders.length);
}

/**
 * A role noun of a person nobody in the text holds (`holders` is how many do, when written after a name): a title
 * after a sentence about one person, or a noun that describes rather than titles, read as a pronoun would be.
 */
function describedPerson(role: RolePhrase, reach: RoleReach, holders: number): Referent | null {
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
    return personObject ? null : lonePersonBefore(discourse, words, head, texts);
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

/** A body's role noun ("the ministry", "its statement"): the document's owner or issuer, else the organisation of that kind. */
function bodyOfRole({ phrase, head, forWhom, block, at, texts }: RolePhrase, { mentions, discourse }: RoleReach): Referent | null {
  // "One agency said", "one large retailer reported": an indefinite description brings in an organisation the text does
  // not name, never the one it named last (observed on real news: fresh digital.gov pages gave these to SMS and IBM).
  if (/^(?:a|an|one|another)\s/i.test(phrase)) return null;
  // "Their statement also read …" (wikinews-american-samoans-citizenship-ruling-stayed-2019-12-16), "its website notes that
  // …" (wikinews-florida-highway-pileup-fire-kills-children-2019-01-05): a document a pronoun owns is its owner's word
  // (`docs/annotation-guide.md`: what `her website` says is hers), whom the pronoun means.
  const owner = /^(its|their|his|her)\s/i.exec(phrase)?.[1]?.toLowerCase();
  const place = { block, at, texts };
  if (owner && DOCUMENT_NOUNS.has(head)) return possessiveOwner(owner, place, mentions, discourse);
  const document =
    DOCUMENT_NOUNS.has(head) && /^the\s/i.test(phrase) ? earlierDocumentIssuer(head, discourse, texts, (b, from) => mentionAt(mentions, texts, b, from)) : null;
  // "The publication of the data …" is an act, not an outlet.
  return document ?? recentOrganization(head, place, mentions, discourse) ?? (forWhom ? null : outletBefore(head, place, mentions, discourse));
}

/** The words of the role the text gave `e`, lower case: its role words and those of its role ("spokesman", "government"). */
const titleWords = (e: FoundEntity): ReadonlySet<string> => new Set([...e.roleWords, ...(e.role ?? '').toLowerCase().split(/[\s-]+/)]);

/** Whether the text gave `person` the role noun `noun` (lower case), as a role word or in their role. */
export const holdsRole = (e: FoundEntity, noun: string) => e.type === 'person' && titleWords(e).has(noun);

/**
 * The noun a role phrase's `words` (lower case, without their article) are about: the first role noun of a person or
 * body. `the government spokesman said` after `said Abdourahim Said Bakar, a government spokesman`
 * (wikinews-african-troops-invade-rebel-held-anjouan-2008-03-26) is the person's role noun after the body's that
 * qualifies it (the `qualifier`), when someone in the text holds it with that qualifier: English puts a compound's head
 * last. A spokesman of someone else ("said John Mbeki, a spokesman for the opposition", made up in the shape of a wire
 * report on a civil war) is not the government's: the noun then stays the body's, and the qualifier null.
 */
function roleHead(words: ReadonlyArray<string>, index: EntityIndex): { head: string; qualifier: string | null } {
  const first = words.find((w) => PERSON_ROLE_NOUNS.includes(w) || ORG_ROLE_NOUNS.includes(w)) ?? words.at(-1) ?? '';
  if (!ORG_ROLE_NOUNS.includes(first)) return { head: first, qualifier: null };
  const person = words.slice(words.indexOf(first) + 1).find((w) => PERSON_ROLE_NOUNS.includes(w));
  const held = person !== undefined && index.entities.some((e) => holdsRole(e, person) && titleWords(e).has(first));
  return held ? { head: person, qualifier: first } : { head: first, qualifier: null };
}

/**
 * `…," said study co-author Karen Alley. The Wooster professor added, "…"` (wikinews-upside-down-rivers-break-antarctic-
 * ice-shelves-2019-10-12), `Mexico's Foreign Secretary Marcelo Ebrard said …. The foreign minister said …`
 * (wikinews-gunman-opens-fire-el-paso-walmart-2019-08-08): a definite title nobody in the article holds, right after a
 * sentence about one person and naming no other, describes that person anew, as news style does to avoid repeating a
 * name (AP Stylebook, "second reference"). Null when the sentence before names no one or several people.
 */
function lonePersonBefore(discourse: Discourse, words: ReadonlyArray<string>, head: string, texts: ReadonlyArray<string>): Referent | null {
  const last = discourse.sentences.at(-1);
  const focus = last?.focus;
  // A person the text only describes ("An official from TfL stated") has no name a new title could stand for.
  if (!last || focus?.entity.type !== 'person' || /^(?:a|an|the|one)\s/i.test(focus.entity.name)) return null;
  if (otherKindOfRole(focus.entity, words, head) || otherOwnedTitle(focus.entity, words, texts)) return null;
  return last.people.every((p) => p.entity === focus.entity) ? focus : null;
}

const ROLE_KINDS = new Map(SOURCE_ROLES);

/** Lower-case title words written right before a name: "field co-ordinator " of "MSF field co-ordinator Alfred Davies". */
const LOWER_TITLE_BEFORE = /(?:^|\s)((?:\p{Ll}[\p{Ll}-]*\s+){1,3})$/u;

/** The words of lower-case words before a name that end in a role noun ("field co-ordinator"), hyphens dropped; none otherwise ("said"). */
function writtenTitle(words: string | undefined): Array<string> {
  const title = (words ?? '')
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/-/g, ''));
  const last = title.at(-1) ?? '';
  return ROLE_KINDS.has(last) || PERSON_ROLE_NOUNS.includes(last) ? title : [];
}

/**
 * Whether a title a body's possessive owns ("the organisation's general director") is another title than the one the
 * text gave `person`, by role words or written in lower case before one of their names (`texts`, the blocks): "MSF field
 * co-ordinator Alfred Davies said, … MSF have called for "a transparent account" with the organisation's general director
 * complaining …" (wikinews-nigerian-refugee-camp-airstrike-death-toll-passes-100-2017-01-24) names the body's head,
 * someone else than its field co-ordinator. A person given no title may still hold it.
 */
function otherOwnedTitle(person: FoundEntity, words: ReadonlyArray<string>, texts: ReadonlyArray<string>): boolean {
  const owner = words.findIndex((w) => /\p{L}['’]s?$/u.test(w));
  if (owner < 0) return false;
  const written = person.mentions.flatMap((m) => writtenTitle(LOWER_TITLE_BEFORE.exec((texts[m.block] ?? '').slice(Math.max(0, m.start - 60), m.start))?.[1]));
  const title = new Set([...person.roleWords, ...(person.role ?? '').toLowerCase().split(/[\s-]+/), ...written].filter((w) => w !== ''));
  return title.size > 0 && !words.slice(owner + 1).some((w) => title.has(w));
}

/**
 * Whether the text gave `person` a role of another kind than the noun's `head` (`sourceRoles.ts`): "The teacher said"
 * after "Mayor John Smith visited the site" is someone else, for a mayor is an official and a teacher no official. The
 * foreign minister may still be "Foreign Secretary Marcelo Ebrard" (a word of the phrase is in the title) and the
 * Wooster professor "study co-author Karen Alley" (both experts' roles).
 */
function otherKindOfRole(person: FoundEntity, words: ReadonlyArray<string>, head: string): boolean {
  const title = new Set([...person.roleWords, ...(person.role ?? '').toLowerCase().split(/[\s-]+/)]);
  if (words.some((w) => w !== head && title.has(w))) return false;
  const kinds = [...title].flatMap((w) => (ROLE_KINDS.has(w) ? [ROLE_KINDS.get(w)] : []));
  return kinds.length > 0 && !kinds.includes(ROLE_KINDS.get(head));
}

/** How close (UTF-16 code units, in one block) two organisations of a kind make "the <kind>" ambiguous. */
const RIVAL_REACH = 200;

/**
 * "the ministry", "the company": an organisation of that kind, the one the text was last about first; null when
 * two of that kind were named close together just before.
 */
function recentOrganization(
  head: string,
  { block, at, texts }: { block: number; at: number; texts: ReadonlyArray<string> },
  mentions: MentionIndex,
  discourse: Discourse,
): Referent | null {
  // "The airline said …" after "the British Airline Pilots Association (BALPA) said": a word of a name of another kind.
  const named = (e: FoundEntity) => e.type === 'organization' && e.name.toLowerCase().split(/\s+/).includes(head) && !namesOtherKind(head, e);
  const byName = mentions.latest(named, block, at);
  // "… Department of Defense and Department of State employees, …, and staff at the Department of Energy. … the
  // Department announced": when the text has just named several organisations of that kind, the noun picks none.
  const rival = byName && mentions.latest((e) => named(e) && e !== byName.entity, byName.at.block, byName.at.start);
  if (byName && rival && rival.at.block === byName.at.block && byName.at.start - rival.at.end < RIVAL_REACH) return null;
  if (byName) return introducedSince(head, byName.at, { block, at }, texts) || shadowedAgent(head, byName.entity, { block, at }, texts) ? null : byName;
  // "The government said …" after a UN agency's sentence is the country's government, not the agency: a government is
  // no organisation of whatever kind the text was last about, and only one named a government is read for it.
  // "The campaign called the statement …" after "Biden's 2008 US Senate opponent": a campaign is a candidate's, never
  // the body the text last named (observed on fresh Wikinews pages, which gave two to the US Senate and the White House).
  if (!GENERIC_ORG_NOUNS.has(head) || head === 'government' || head === 'campaign') return null;
  // The one organisation of the noun's kind a sentence about no one names, should the body the text was about be of
  // another kind ("The Company insists" after a court's order): read only where the noun would otherwise stand for no one.
  let sole: Referent | null = null;
  let other: string | null = null;
  for (let i = discourse.sentences.length - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) {
    const sentence = discourse.sentences[i];
    const focus = sentence?.focus;
    // "The company did not respond …. The agency said …": the body last spoken of as of another kind is not this one.
    other ??= sentence ? otherKindOpening(head, sentence, texts) : null;
    if (sentence && bringsInKind(head, sentence, texts, mentions)) return null;
    if (focus?.entity.type === 'organization') return unfitBody(head, focus, texts, other) ? sole : focus;
    // "Hasbro hosted a panel about their Star Wars products. … the company noted …": the sentence the company was last
    // the subject of opens on a name the name pass left out, so the organisation named after it is not the company.
    if (sentence && !focus && (unknownOpeningWord(sentence, texts, mentions)?.name === true || ownedByUnknownName(sentence, texts, mentions))) return null;
    sole ??= sentence && !focus ? soleOrganization(head, sentence, mentions) : null;
  }
  const latest = mentions.latest((e) => e.type === 'organization', block, at);
  return latest && namesOtherKind(head, latest.entity) ? sole : latest;
}

/**
 * "According to media reports, this is because a film production house, namely Reliance Entertainment, has (once again)
 * obtained a preemptive 'John Doe' order from the Delhi High Court, …. The Company insists that …"
 * (gv-india-vimeo-torrent-sites-blocked-2012-05-14): a sentence about no one in particular that names one organisation
 * "the <head>" may stand for, the others being of another kind (a court is no company, `orgKinds.ts`), brought that one
 * in. Null when it names none or several. `sentence` is one the discourse has read.
 */
function soleOrganization(head: string, sentence: SentenceInfo, mentions: MentionIndex): Referent | null {
  const named = mentions.between(sentence.block, sentence.range.start, sentence.range.end).filter((m) => m.entity.type === 'organization');
  const fitting = named.filter((m) => !namesOtherKind(head, m.entity));
  const only = fitting[0];
  return only && fitting.every((m) => m.entity === only.entity)
    ? { entity: only.entity, at: { block: sentence.block, start: only.start, end: only.end } }
    : null;
}
